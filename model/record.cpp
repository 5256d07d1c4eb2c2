#include "model/record.hpp"

#include <algorithm>

namespace dossier {

const char* to_string(TextSource s) {
    switch (s) {
        case TextSource::text:
            return "text";
        case TextSource::ocr:
            return "ocr";
        case TextSource::mixed:
            return "mixed";
        case TextSource::none:
            break;
    }
    return "none";
}

const char* to_string(EvidenceKind k) {
    switch (k) {
        case EvidenceKind::screenshot:
            return "screenshot";
        case EvidenceKind::document:
            return "document";
        case EvidenceKind::check:
            return "check";
        case EvidenceKind::unknown:
            break;
    }
    return "unknown";
}

const char* to_string(Status s) {
    switch (s) {
        case Status::covered:
            return "covered";
        case Status::weak:
            return "weak";
        case Status::missing:
            return "missing";
        case Status::late:
            return "late";
        case Status::review:
            return "review";
        case Status::check:
            return "check";
    }
    return "missing";
}

const char* label_zh(Status s) {
    switch (s) {
        case Status::covered:
            return "已覆盖";
        case Status::weak:
            return "证据不足";
        case Status::missing:
            return "缺失";
        case Status::late:
            return "逾期";
        case Status::review:
            return "待确认";
        case Status::check:
            return "另需核实";
    }
    return "缺失";
}

std::string ExtractResult::full_text(bool first_pass_only) const {
    std::string out;
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i) out += "\n\f\n";
        const PageText& p = pages[i];
        if (!first_pass_only ||
            std::none_of(p.lines.begin(), p.lines.end(), [](auto& l) { return l.second_pass; })) {
            out += p.text;
            continue;
        }
        for (const OcrLine& l : p.lines)
            if (!l.second_pass) out += l.text, out += '\n';
    }
    return out;
}

}  // namespace dossier
