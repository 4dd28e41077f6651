package id.aduan.deadline;

/** How much work a report needs; with the report type it decides the completion target. */
public enum Complexity {
    /** A simple complaint or an information request. */
    SIMPLE,
    /** A case that needs no field inspection. */
    STANDARD,
    /** A case that needs a field inspection or an audit. */
    FIELD_INSPECTION
}
