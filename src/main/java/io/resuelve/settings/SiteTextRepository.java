package io.resuelve.settings;

import java.util.List;
import java.util.Optional;

import io.resuelve.shared.Language;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteTextRepository extends JpaRepository<SiteText, Long> {

    Optional<SiteText> findByTextKeyAndLanguage(String textKey, Language language);

    List<SiteText> findByLanguage(Language language);
}
