-- Issue 14: where an agency requires it, the liaison officer of its government approves the answer its officers (or
-- a government's coordinator) write before the reporter sees it. The answer waiting for approval and the reason a
-- returned one was sent back are kept here, on the agency's assignment: the approval and the recorded follow-up read
-- them from this row, never from a process variable staff could rewrite between the steps.
alter table complaint_assignment add column pending_answer text;
alter table complaint_assignment add column answer_return_reason varchar(4000);
