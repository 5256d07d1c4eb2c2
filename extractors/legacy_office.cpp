#include "extractors/legacy_office.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "extractors/ooxml.hpp"
#include "model/subprocess.hpp"
#include "model/temp_dir.hpp"
#include "model/text.hpp"

namespace dossier {
namespace {

namespace fs = std::filesystem;

std::string find_on_path(const char* program) {
    const char* path = std::getenv("PATH");
    if (!path) return {};
    std::string_view rest(path);
    while (!rest.empty()) {
        size_t colon = rest.find(':');
        std::string dir(rest.substr(0, colon));
        rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        if (dir.empty()) continue;
        std::string candidate = dir + "/" + program;
        if (access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return {};
}

struct Kind {
    const char* ext;     // what the copy is called, so LibreOffice picks the right filter
    const char* target;  // --convert-to
    const char* media;
    bool encrypted = false;  // an OOXML file with a password (OLE "EncryptedPackage")
};

// The OLE directory names the main stream: WordDocument (Word/WPS), Workbook/Book (Excel/ET),
// PowerPoint Document (PowerPoint/DPS). The names are UTF-16LE; look for them in the first
// 32 MB, then fall back to the extension.
Kind kind_of(const Probe& probe) {
    static const Kind doc{"doc", "docx", "application/msword"};
    static const Kind xls{"xls", "xlsx", "application/vnd.ms-excel"};
    static const Kind ppt{"ppt", "pptx", "application/vnd.ms-powerpoint"};
    auto utf16 = [](std::string_view s) {
        std::string out;
        for (char c : s) {
            out.push_back(c);
            out.push_back('\0');
        }
        return out;
    };
    std::ifstream in(probe.path, std::ios::binary);
    std::string bytes(static_cast<size_t>(std::min<uint64_t>(probe.size, 32ull << 20)), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
    // Password-protected docx/xlsx/pptx are OLE files holding an EncryptedPackage stream.
    if (bytes.find(utf16("EncryptedPackage")) != std::string::npos) {
        Kind k = doc;
        k.encrypted = true;
        return k;
    }
    if (bytes.find(utf16("WordDocument")) != std::string::npos) return doc;
    if (bytes.find(utf16("Workbook")) != std::string::npos ||
        bytes.find(utf16("Book")) != std::string::npos)
        return xls;
    if (bytes.find(utf16("PowerPoint Document")) != std::string::npos) return ppt;
    const std::string& name = probe.name;
    if (text::iends_with(name, ".xls") || text::iends_with(name, ".et")) return xls;
    if (text::iends_with(name, ".ppt") || text::iends_with(name, ".dps")) return ppt;
    return doc;
}

}  // namespace

int LegacyOfficeExtractor::bid(const Probe& p) const {
    return p.sniffed == "ole" ? 100 : 0;
}

tl::expected<ExtractResult, Error> LegacyOfficeExtractor::extract(const Probe& probe,
                                                                  ExtractContext& ctx) const {
    Kind kind = kind_of(probe);
    if (kind.encrypted)
        return tl::unexpected(Error{"文档已加密，需要密码才能打开：请交未加密的版本"});
    std::string soffice = find_on_path("soffice");
    if (soffice.empty())
        return tl::unexpected(Error{"旧版 Office/WPS 格式，请另存为 .docx 后重新放入"});
    TempDir tmp("dossier-lo");
    if (tmp.path().empty()) return tl::unexpected(Error{"内部错误：无法创建临时目录"});
    fs::path input = tmp.path() / (std::string("input.") + kind.ext);
    std::error_code ec;
    fs::copy_file(probe.path, input, ec);
    if (ec) return tl::unexpected(Error{"无法读取文件"});
    fs::path outdir = tmp.path() / "out";
    fs::create_directory(outdir, ec);
    const SubprocessResult rc = run_limited({soffice, "--headless", "--norestore", "--nolockcheck", "--nodefault",
                  "-env:UserInstallation=file://" + (tmp.path() / "profile").string(),
                  "--convert-to", kind.target, "--outdir", outdir.string(), input.string()},
                 ctx.options.time_limit);
    if (rc.timed_out)
        return tl::unexpected(Error{"旧版 Office/WPS 文件转换超时（超过 " +
                                        std::to_string(ctx.options.time_limit.count()) +
                                        " 秒），请另存为 .docx 后重新放入",
                                    true});
    fs::path converted = outdir / (std::string("input.") + kind.target);
    if (rc.exit_code != 0 || !fs::exists(converted))
        return tl::unexpected(Error{
            "旧版 Office/WPS 文件无法转换（文件可能已损坏或加密），请另存为 .docx 后重新放入"});
    auto result = extract_ooxml_file(converted, ctx.deadline);
    if (!result) return result;
    // Kingsoft's own extensions name the format the clerk knows (.wps/.et/.dps). Not
    // text::extension: a name that is only ".wps" counts here.
    const size_t dot = probe.name.rfind('.');
    const std::string ext =
        text::ascii_lower(std::string_view(probe.name)
                              .substr(dot == std::string::npos ? probe.name.size() : dot + 1));
    bool kingsoft = (ext == "wps" && kind.target == std::string_view("docx")) ||
                    (ext == "et" && kind.target == std::string_view("xlsx")) ||
                    (ext == "dps" && kind.target == std::string_view("pptx"));
    result->format = kingsoft ? ext : kind.ext;
    result->media_type = kind.media;
    result->kind_reason = "旧版 Office/WPS 文档（" + result->format + "）";
    result->warnings.push_back(std::string("已用 LibreOffice 转换为 .") + kind.target + " 后提取");
    return result;
}

}  // namespace dossier
