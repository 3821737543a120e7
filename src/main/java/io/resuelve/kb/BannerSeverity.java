package io.resuelve.kb;

/** How a portal banner looks: news, a warning, or a service incident. */
public enum BannerSeverity {
    INFO, WARNING, INCIDENT;

    /** The Bootstrap alert variant that shows it. */
    public String alertClass() {
        switch (this) {
            case WARNING:
                return "alert-warning";
            case INCIDENT:
                return "alert-danger";
            default:
                return "alert-info";
        }
    }
}
