package io.resuelve;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ResuelveApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResuelveApplication.class, args);
    }

    /** The one source of "now" for domain code; tests replace it to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
