package id.aduan.complaint;

/** Who did something to a report: the reporter, a staff member (by user id) or the system (timers). */
public record Actor(ActorType type, String userId) {

    public static final Actor REPORTER = new Actor(ActorType.REPORTER, null);
    public static final Actor SYSTEM = new Actor(ActorType.SYSTEM, null);

    public static Actor staff(String userId) {
        return userId == null ? SYSTEM : new Actor(ActorType.STAFF, userId);
    }
}
