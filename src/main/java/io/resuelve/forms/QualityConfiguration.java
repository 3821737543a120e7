package io.resuelve.forms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The quality coach's rule files, read once at start-up (a broken file stops the start, not a customer's form). */
@Configuration(proxyBeanMethods = false)
class QualityConfiguration {

    @Bean
    QualityRuleBook qualityRuleBook() {
        return QualityRuleBook.load();
    }

    @Bean
    QualityEngine qualityEngine(QualityRuleBook book) {
        return new QualityEngine(book);
    }
}
