package io.resuelve.mail;

import java.util.Locale;

/** Who a mail is written for; its templates live in {@code templates/mail/<audience>/}. */
public enum Audience {
    CUSTOMER, AGENT;

    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
