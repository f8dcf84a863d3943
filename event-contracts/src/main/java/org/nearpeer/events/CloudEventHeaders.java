package org.nearpeer.events;

/**
 * Kafka header names of the CloudEvents Kafka protocol binding, binary content mode: the record
 * value is the JSON payload and the attributes travel as {@code ce_*} headers. Extension
 * attribute names must be lower-case alphanumerics, hence {@code schoolid} and {@code cycleid}.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SCHOOL_ID = "ce_schoolid";
    public static final String CYCLE_ID = "ce_cycleid";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
