// A saved e-mail (.eml, message/rfc822) read as a container, like an archive, with GMime 3.
//
// One message level per call: every attachment, and every inline part that has a file name
// (not the text/plain or text/html body), becomes a member, its transfer encoding (base64,
// quoted-printable, uuencode) undone while it is streamed into the workspace's blob store and
// hashed, so memory stays bounded by GMime's parse of the headers, not by the attachment sizes.
// A forwarded mail (a message/rfc822 part) becomes a member of its own, "<subject>.eml" when it
// has no file name: the scanner opens it as a nested container within its depth limit, so its
// attachments carry the forwarded message's provenance.
//
// Names are decoded by GMime: RFC 2047 encoded words (B and Q, any charset GMime's iconv knows,
// GBK/GB18030 included, also inside quotes as Outlook and Foxmail write them), RFC 2231 parameters
// with continuations (filename*0*=…), and raw 8-bit bytes in quoted names (QQ Mail, Foxmail,
// Outlook) tried as UTF-8, then GB18030. Names that escape (../, absolute) are refused; two
// attachments with one name get " (2)", " (3)" before the extension.
//
// Limits (ArchiveLimits): max_total_bytes over all decoded attachments, max_entries parts, and a
// MIME nesting depth of kMaxMimeDepth. What could not be read is refused with a Chinese reason,
// and `incomplete` summarises it; a mail with nothing to take out says "邮件中没有附件".
//
// Threading: read_mail() may run on several threads at once (g_mime_init runs once, under
// std::call_once; each call has its own parser and streams).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "extractors/archive_reader.hpp"
#include "model/record.hpp"

namespace dossier {

// Multipart/message levels inside one message beyond which parts are not read.
inline constexpr int kMaxMimeDepth = 32;
// The reason a mail with no attachment is listed in rejected[].
inline constexpr const char* kNoAttachment = "邮件中没有附件";

struct MailListing {
    MailInfo info;                        // of this message
    std::vector<ArchiveMember> members;   // attachments (and forwarded messages), mail order
    std::vector<ArchiveRefusal> refused;  // mail order
    std::string incomplete;               // empty when read completely; else a Chinese summary
    std::string body;  // the body as UTF-8 text (HTML tags dropped), at most kMaxBodyBytes
    std::vector<std::string> large_links;  // 超大附件 download links named in the body, in order
    static constexpr size_t kMaxBodyBytes = 64 * 1024;
};

// Reads one message from `file` into the blob store at `blob_root`.
// Error (Chinese) only when the file cannot be opened or holds no message GMime can parse, or the
// workspace is not writable. Never throws for a bad mail.
tl::expected<MailListing, Error> read_mail(const std::filesystem::path& file,
                                           const std::filesystem::path& blob_root,
                                           const ArchiveLimits& limits = {});

// The links to large attachments of common mail services (QQ Mail/Exmail ftn, 163/126/yeah
// large-attachment and dashi.163.com, Sina, Aliyun, Sohu, 139, Outlook/OneDrive 1drv.ms) found in
// `text`, each once, in order of appearance. Pure.
std::vector<std::string> large_attachment_links(std::string_view text);

}  // namespace dossier
