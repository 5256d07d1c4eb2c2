#include "packager/bagit.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/sha256.hpp"

namespace dossier::bagit {

std::string encode_path(std::string_view path) {
    std::string out;
    for (char c : path) {
        if (c == '%')
            out += "%25";
        else if (c == '\n')
            out += "%0A";
        else if (c == '\r')
            out += "%0D";
        else
            out += c;
    }
    return out;
}

std::string decode_path(std::string_view path) {
    std::string out;
    for (size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '%' && i + 2 < path.size()) {
            auto code = path.substr(i + 1, 2);
            if (code == "25") {
                out += '%';
                i += 2;
                continue;
            }
            if (code == "0A" || code == "0a") {
                out += '\n';
                i += 2;
                continue;
            }
            if (code == "0D" || code == "0d") {
                out += '\r';
                i += 2;
                continue;
            }
        }
        out += path[i];
    }
    return out;
}

TagFiles make_tag_files(const PackageView& view, std::vector<Payload> payload) {
    std::sort(payload.begin(), payload.end(),
              [](const Payload& a, const Payload& b) { return a.path < b.path; });
    TagFiles t;
    t.bagit_txt = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    uint64_t bytes = 0;
    for (const auto& p : payload) {
        bytes += p.size;
        t.manifest_txt += p.sha256 + "  " + encode_path(p.path) + "\n";
    }
    const Catalog& c = *view.catalog;
    std::string info;
    info += "Source-Organization: " +
            (view.source_organization.empty() ? c.source_organization : view.source_organization) +
            "\n";
    info += "Bagging-Date: " + view.assessment->as_of.iso() + "\n";
    info += fmt::format("Payload-Oxum: {}.{}\n", bytes, payload.size());
    if (view.parts > 1) {
        info += fmt::format("Bag-Count: {} of {}\n", view.part, view.parts);
        info += "Bag-Group-Identifier: " + view.name + "\n";
    }
    info += "External-Identifier: " + view.name + "\n";
    info += "Catalog-Id: " + c.id + "\n";
    info += "Unit: " + view.assessment->unit.value_or("全部单位") + "\n";
    if (c.window_end.valid()) info += "Deadline: " + c.window_end.iso() + "\n";
    // A tag value is one line: fold away any line break that slipped into a name.
    t.bag_info_txt = info;
    return t;
}

std::string tag_manifest(std::vector<std::pair<std::string, const std::string*>> files) {
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out;
    for (const auto& [name, content] : files)
        out += sha256_hex(*content) + "  " + encode_path(name) + "\n";
    return out;
}

}  // namespace dossier::bagit
