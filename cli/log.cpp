#include "cli/log.hpp"

#include "intake/mail_fetch.hpp"
#include "model/error.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>

namespace dossier {

namespace {

// %* in the pattern: the level as a clerk reads it.
class ChineseLevel : public spdlog::custom_flag_formatter {
  public:
    void format(const spdlog::details::log_msg& msg, const std::tm&,
                spdlog::memory_buf_t& dest) override {
        std::string_view name = "信息";
        switch (msg.level) {
            case spdlog::level::trace:
            case spdlog::level::debug: name = "详细"; break;
            case spdlog::level::warn: name = "警告"; break;
            case spdlog::level::err:
            case spdlog::level::critical: name = "错误"; break;
            default: break;
        }
        dest.append(name.data(), name.data() + name.size());
    }
    std::unique_ptr<custom_flag_formatter> clone() const override {
        return std::make_unique<ChineseLevel>();
    }
};

}  // namespace

std::shared_ptr<spdlog::logger> make_log(const std::string& name, bool verbose, std::FILE* to) {
    spdlog::sink_ptr sink;
    if (to == stderr)
        sink = std::make_shared<spdlog::sinks::stderr_sink_st>();
    else
        sink = std::make_shared<spdlog::sinks::stdout_sink_st>();
    auto log = std::make_shared<spdlog::logger>(name, std::move(sink));
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<ChineseLevel>('*').set_pattern("%Y-%m-%d %H:%M:%S %*  %v");
    log->set_formatter(std::move(formatter));
    log->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    log->flush_on(spdlog::level::trace);
    return log;
}

void log_run_details(spdlog::logger& log, const RunResult& r) {
    log.debug("本轮 {} 个文件：新提取 {} 个，取自缓存 {} 个，OCR {} 页，用时 {:.1f} 秒",
              r.stats.files, r.stats.extracted, r.stats.extract_cached, r.stats.ocr_pages,
              r.stats.seconds);
}

void fetch_mail_logged(spdlog::logger& log, const std::filesystem::path& config,
                       const std::filesystem::path& inbox, const std::filesystem::path& workspace,
                       const Catalog& catalog) {
    try {
        FetchReport r = fetch_mail_from(config, inbox, workspace, catalog);
        for (const auto& m : r.saved) log.info("{}", saved_line(m));
        for (const auto& w : r.warnings) log.warn("{}", w);
        if (r.new_messages) log.info("{}", summary_line(r));
    } catch (const Fatal& e) {
        log.error("收信失败：{}{}{}", e.what(), e.hint.empty() ? "" : "：", e.hint);
    } catch (const std::exception& e) {
        log.error("收信失败：{}", e.what());
    }
}

}  // namespace dossier
