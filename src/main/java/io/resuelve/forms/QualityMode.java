package io.resuelve.forms;

/** What a quality rule does for one request type: only advise, or refuse the ticket until it is fixed. */
public enum QualityMode {
    ADVISE, BLOCK
}
