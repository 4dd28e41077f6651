package id.aduan.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface SmsOptOutRepository extends JpaRepository<SmsOptOut, String> {}
