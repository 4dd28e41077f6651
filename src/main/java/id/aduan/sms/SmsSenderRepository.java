package id.aduan.sms;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SmsSenderRepository extends JpaRepository<SmsSender, String> {

    /** Notes that the number was told the keywords: 1 the first time, 0 after. */
    @Modifying
    @Query("update SmsSender s set s.keywordsExplainedAt = :now where s.senderKey = :key"
            + " and s.keywordsExplainedAt is null")
    int markKeywordsExplained(String key, Instant now);
}
