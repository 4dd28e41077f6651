package id.aduan.sms;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SmsBlockedNumberRepository extends JpaRepository<SmsBlockedNumber, Long> {

    boolean existsByPhone(String phone);

    List<SmsBlockedNumber> findAllByOrderByBlockedAtDescIdDesc();
}
