package io.resuelve.accounts;

import io.resuelve.shared.Language;

/**
 * The language and time zone a person gets when nobody says otherwise. The settings module provides the admins'
 * choice; without it, Spanish and Bogotá time.
 */
public interface NewUserDefaults {

    Language language();

    String timeZone();
}
