#include "model/record.hpp"

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

std::string ExtractResult::full_text() const {
    std::string out;
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i) out += "\n\f\n";
        out += pages[i].text;
    }
    return out;
}

}  // namespace dossier
