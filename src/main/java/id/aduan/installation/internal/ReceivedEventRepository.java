package id.aduan.installation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceivedEventRepository extends JpaRepository<ReceivedEvent, ReceivedEvent.Key> {}
