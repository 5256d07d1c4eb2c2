#include "extractors/ocr_engine.hpp"

#include <climits>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include <unistd.h>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>
#include <unicode/utf8.h>

namespace dossier {

namespace {

// Tesseract hands out new[]-allocated strings.
struct CharArrayDeleter {
    void operator()(char* p) const { delete[] p; }
};
using TessString = std::unique_ptr<char, CharArrayDeleter>;

void configure_process_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        // 0 = do not overwrite: a user's explicit setting wins. libgomp has already read the
        // environment by now, so this only reaches child processes; in-process engines rely on
        // ensure_omp_thread_limit() in main() (see ocr_engine.hpp).
        setenv("OMP_THREAD_LIMIT", "1", 0);
        setMsgSeverity(L_SEVERITY_NONE);  // Leptonica: bad images are reported through our Error
    });
}

bool is_han(UChar32 c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;
}

// Han plus the punctuation that sits between Han characters in Chinese text.
bool is_wide(UChar32 c) {
    return is_han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
           c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2026 || c == 0x2014 ||
           c == 0x00B7;
}

void append_utf8(std::string& out, UChar32 c) {
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, c, err);
    if (!err) out.append(buf, static_cast<size_t>(n));
}

std::string normalize_line(std::string_view line) {
    std::vector<UChar32> cps;
    cps.reserve(line.size());
    for (int32_t i = 0, n = static_cast<int32_t>(line.size()); i < n;) {
        UChar32 c;
        U8_NEXT(line.data(), i, n, c);
        cps.push_back(c < 0 ? 0xFFFD : c);
    }
    std::string out;
    out.reserve(line.size());
    UChar32 prev = 0;  // last code point written
    for (size_t i = 0; i < cps.size(); ++i) {
        UChar32 c = cps[i];
        if (c == ' ' || c == '\t') {
            size_t j = i;
            while (j < cps.size() && (cps[j] == ' ' || cps[j] == '\t')) ++j;
            UChar32 next = j < cps.size() ? cps[j] : 0;
            bool drop = prev != 0 && next != 0 &&
                        ((is_wide(prev) && is_wide(next)) || (is_wide(prev) && next == ':') ||
                         prev == 0xFF1A);
            if (!drop && next != 0 && prev != 0) out += ' ';
            i = j - 1;
            continue;
        }
        if (c == ':' && is_wide(prev)) c = 0xFF1A;  // "发布时间: 2020" → "发布时间：2020"
        append_utf8(out, c);
        prev = c;
    }
    return out;
}

}  // namespace

std::string normalize_ocr_text(std::string_view raw) {
    std::string out;
    size_t pos = 0;
    while (pos <= raw.size()) {
        size_t nl = raw.find('\n', pos);
        if (nl == std::string_view::npos) nl = raw.size();
        out += normalize_line(raw.substr(pos, nl - pos));
        out += '\n';
        pos = nl + 1;
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    // collapse 3+ newlines (Tesseract separates blocks with blank lines) into one blank line
    std::string squeezed;
    squeezed.reserve(out.size());
    int run = 0;
    for (char ch : out) {
        run = ch == '\n' ? run + 1 : 0;
        if (run <= 2) squeezed += ch;
    }
    return squeezed;
}

void ensure_omp_thread_limit(char** argv) {
    if (std::getenv("OMP_THREAD_LIMIT") != nullptr || argv == nullptr) return;
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);  // only returns on failure: run on, just slower
}

void OcrEngine::ApiDeleter::operator()(tesseract::TessBaseAPI* api) const {
    if (api) {
        api->End();
        delete api;
    }
}

tl::expected<std::unique_ptr<OcrEngine>, Error> OcrEngine::create(std::string lang,
                                                                  std::string tessdata_dir) {
    configure_process_once();
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::path(tessdata_dir) / (lang + ".traineddata"),
                                 ec)) {
        return tl::unexpected(
            Error{"缺少文字识别语言包 " + lang + "（请安装 tesseract-ocr-chi-sim）"});
    }
    std::unique_ptr<OcrEngine> engine(new OcrEngine());
    engine->api_.reset(new tesseract::TessBaseAPI());
    engine->lang_ = lang;
    if (engine->api_->Init(tessdata_dir.c_str(), lang.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
        return tl::unexpected(Error{"文字识别引擎初始化失败（语言包 " + lang + " 无法加载）"});
    }
    // Tesseract otherwise writes "Estimating resolution…" and similar notes to stderr.
    engine->api_->SetVariable("debug_file", "/dev/null");
    return engine;
}

OcrEngine::~OcrEngine() = default;

tl::expected<PageText, Error> OcrEngine::recognize(Pix* pix, const OcrParams& params) {
    if (!pix) return tl::unexpected(Error{"图片为空，无法识别"});
    api_->SetImage(pix);  // Tesseract takes its own copy/clone; ownership stays with the caller
    int dpi = params.source_dpi > 0 ? params.source_dpi : pixGetXRes(pix);
    api_->SetSourceResolution(dpi > 0 ? dpi : 96);
    return run(pixGetWidth(pix), pixGetHeight(pix), params);
}

tl::expected<PageText, Error> OcrEngine::recognize(const unsigned char* data, int w, int h,
                                                   int bytes_per_row, int dpi,
                                                   const OcrParams& params) {
    if (!data || w <= 0 || h <= 0 || bytes_per_row < w) {
        return tl::unexpected(Error{"页面图像为空，无法识别"});
    }
    api_->SetImage(data, w, h, 1, bytes_per_row);
    int res = params.source_dpi > 0 ? params.source_dpi : dpi;
    api_->SetSourceResolution(res > 0 ? res : 96);
    return run(w, h, params);
}

tl::expected<PageText, Error> OcrEngine::run(int w, int h, const OcrParams& params) {
    api_->SetPageSegMode(static_cast<tesseract::PageSegMode>(params.psm));
    api_->SetVariable("thresholding_method", std::to_string(params.thresholding).c_str());
    api_->SetVariable("tessedit_char_whitelist", params.whitelist.c_str());
    tesseract::ETEXT_DESC monitor;
    if (params.deadline != std::chrono::steady_clock::time_point::max()) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                        params.deadline - std::chrono::steady_clock::now())
                        .count();
        if (left <= 0) {
            api_->Clear();
            return tl::unexpected(Error{"文字识别超时（超过单个文件的时间上限），已放弃", true});
        }
        monitor.set_deadline_msecs(static_cast<int32_t>(std::min<long long>(left, INT32_MAX)));
    }
    int rc = api_->Recognize(&monitor);
    if (monitor.deadline_exceeded()) {
        api_->Clear();
        return tl::unexpected(Error{"文字识别超时（超过单个文件的时间上限），已放弃", true});
    }
    if (rc != 0) {
        api_->Clear();
        return tl::unexpected(Error{"文字识别失败：Tesseract 无法处理此图像"});
    }

    PageText page;
    page.source = TextSource::ocr;
    page.width = w;
    page.height = h;
    TessString raw(api_->GetUTF8Text());
    std::string raw_text = raw ? raw.get() : "";
    while (!raw_text.empty() && (raw_text.back() == '\n' || raw_text.back() == ' '))
        raw_text.pop_back();

    // Line by line; word by word too when the words are wanted.
    const bool by_word = params.want_words;
    std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
    if (it) {
        bool kept = false;  // the current line was kept
        do {
            // Word by word, a line's first word opens it; line by line, every step does.
            if (!by_word || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                kept = false;
                if (it->Empty(tesseract::RIL_TEXTLINE)) continue;
                TessString t(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
                if (!t) continue;
                OcrLine line;
                line.text = normalize_ocr_text(t.get());
                if (line.text.empty()) continue;
                int l = 0, tp = 0, r = 0, b = 0;
                it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &tp, &r, &b);
                line.x = l;
                line.y = tp;
                line.w = r - l;
                line.h = b - tp;
                line.confidence = it->Confidence(tesseract::RIL_TEXTLINE);
                page.lines.push_back(std::move(line));
                kept = true;
            }
            if (!by_word || !kept || it->Empty(tesseract::RIL_WORD)) continue;
            TessString t(it->GetUTF8Text(tesseract::RIL_WORD));
            OcrWord w;
            if (t) w.text = t.get();
            it->BoundingBox(tesseract::RIL_WORD, &w.x0, &w.y0, &w.x1, &w.y1);
            w.space_before = it->BlanksBeforeWord() > 0;
            page.lines.back().words.push_back(std::move(w));
        } while (it->Next(by_word ? tesseract::RIL_WORD : tesseract::RIL_TEXTLINE));
    }
    page.ocr_confidence = static_cast<float>(api_->MeanTextConf());
    api_->Clear();

    page.text = normalize_ocr_text(raw_text);
    if (page.text != raw_text) page.raw = std::move(raw_text);
    return page;
}

}  // namespace dossier
