package id.aduan.integration;

/** What kind of system a partner is. */
public enum IntegrationKind {
    /** A regional government's own complaint app, such as Senjang Muba or RABEG. */
    REGIONAL_APP,
    /** A mobile app that files for its users. */
    MOBILE_APP,
    /** A system that speaks Open311 GeoReport v2, such as FixMyStreet. */
    OPEN311_CLIENT,
    /** Another Aduan installation. */
    ADUAN_INSTALLATION
}
