package id.aduan.complaint;

public enum ActorType {
    REPORTER,
    STAFF,
    SYSTEM
}
