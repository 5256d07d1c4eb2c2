// One IMAP-over-TLS session with the mail server of a MailConfig, through libcurl (imaps://,
// certificate and host name always verified; `ca_file` adds a private CA, nothing turns checks
// off). Read-only unless the caller asks: messages are fetched with `UID FETCH n BODY.PEEK[]`
// (libcurl's own URL fetch sends BODY[], which sets \Seen); only mark_seen() and remove() change
// anything on the server.
//
// libcurl 7.88 hands a custom command's untagged lines to the write callback but drops the
// literal that carries the message (curl issues #1150, #18847); every response line does reach
// the header callback, so the message is taken from there and checked against the literal's
// announced size. Debian's 7.88 also refuses more than 300 KB of response lines per command, so
// a message is fetched in 128 KB pieces (BODY.PEEK[]<offset.length>). A piece that comes back
// short (a line inside the message that looks like the command's tagged answer ends the response
// early) refuses that message and drops the connection, so nothing after it is misread.
//
// Errors: connection-level problems (cannot connect, TLS or certificate refused, login refused,
// the folder cannot be opened, time-outs) throw Fatal(kInput) with one Chinese line naming the
// server; a single message that cannot be read whole is a `MessageError` return, not a throw.
// Threading: one session per thread; not copyable.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "intake/mail_config.hpp"

namespace dossier {

class ImapSession {
  public:
    explicit ImapSession(const MailConfig& config);
    ~ImapSession();
    ImapSession(const ImapSession&) = delete;
    ImapSession& operator=(const ImapSession&) = delete;

    struct Folder {
        uint64_t uidvalidity = 0;
        uint64_t uidnext = 0;  // 0 when the server did not say
    };
    // Logs in (on a fresh connection) and selects the folder.
    Folder open();
    // The UIDs above `after`, ascending (UID SEARCH over ranges of 20,000 UIDs, so that no answer
    // line grows past what libcurl accepts, however large the folder). Call open() first.
    std::vector<uint64_t> uids_above(uint64_t after, const Folder& folder);
    // RFC822.SIZE of each of `uids` (missing when the server did not say).
    std::map<uint64_t, uint64_t> sizes(const std::vector<uint64_t>& uids);
    // The message's bytes, exactly as stored on the server; an error (Chinese) when it is larger
    // than `max_bytes` or could not be read whole.
    tl::expected<std::string, std::string> fetch(uint64_t uid, uint64_t max_bytes);
    // Sets \Seen / sets \Deleted and expunges that one message (UID EXPUNGE).
    void mark_seen(uint64_t uid);
    void remove(uint64_t uid);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace dossier
