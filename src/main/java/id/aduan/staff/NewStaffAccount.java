package id.aduan.staff;

import id.aduan.system.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A staff account to add to one of a government's groups, with an initial password that the staff member changes in
 * their Camunda profile. The password goes to the engine's identity service, hashed there, and nowhere else: not in
 * the record of changes, not in a log, not in this record's text.
 */
public record NewStaffAccount(
        @NotNull @Pattern(regexp = StaffService.USER_ID, message = StaffService.USER_ID_MESSAGE)
        String userId,

        @NotBlank @PlainText @Size(max = 80) String firstName,
        @NotBlank @PlainText @Size(max = 80) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = 10, max = 128) String password,
        @NotBlank @Size(max = 64) String groupId) {

    @Override
    public String toString() {
        return "NewStaffAccount[userId=" + userId + ", groupId=" + groupId + "]";
    }
}
