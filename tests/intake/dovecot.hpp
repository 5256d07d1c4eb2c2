// A real Dovecot IMAP server for the fetch-mail tests: configured in a temporary folder, IMAPS on
// 127.0.0.1 with a free port and a test certificate made here (openssl req -x509), users from a
// passwd-file, one Maildir per user that the test fills. Stopped (SIGTERM, then waited for) when
// the object goes away. `available()` is false when /usr/sbin/dovecot is missing.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "common/files.hpp"

namespace dossier::test {

class Dovecot {
  public:
    static constexpr const char* kBinary = "/usr/sbin/dovecot";
    static bool available() { return std::filesystem::exists(kBinary); }

    // Users (name, password) with empty Maildirs; the server is started by start().
    explicit Dovecot(std::vector<std::pair<std::string, std::string>> users)
        : users_(std::move(users)) {
        namespace fs = std::filesystem;
        // The login and auth processes run as Dovecot's own users: they must reach the folder.
        fs::permissions(dir_.path(), fs::perms::owner_all | fs::perms::group_read |
                                         fs::perms::group_exec | fs::perms::others_read |
                                         fs::perms::others_exec);
        make_certificate(dir_ / "cert.pem", dir_ / "key.pem");
        std::ofstream pw(dir_ / "passwd");
        for (const auto& [u, p] : users_) {
            for (const char* sub : {"cur", "new", "tmp"})
                fs::create_directories(maildir(u) / sub);
            // nobody (65534): Dovecot refuses mail access as root.
            pw << u << ":{PLAIN}" << p << ":65534:65534::" << (dir_ / "home" / u).string()
               << "::\n";
        }
        port_ = free_port();
    }
    ~Dovecot() { stop(); }
    Dovecot(const Dovecot&) = delete;
    Dovecot& operator=(const Dovecot&) = delete;

    int port() const { return port_; }
    std::filesystem::path cert() const { return dir_ / "cert.pem"; }
    std::filesystem::path dir() const { return dir_.path(); }
    std::filesystem::path maildir(const std::string& user) const {
        return dir_ / "home" / user / "Maildir";
    }

    // Puts a message into the user's Maildir (new/), as a delivery agent would.
    void deliver(const std::string& user, const std::string& bytes) {
        auto p = maildir(user) / "new" / (std::to_string(1000 + ++delivered_) + ".M1P1.test");
        write(p, bytes);
        chown_tree(dir_ / "home");
    }

    void start() {
        write_config();
        chown_tree(dir_ / "home");
        pid_ = ::fork();
        if (pid_ == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);  // never outlives a test that died
            std::string conf = (dir_ / "dovecot.conf").string();
            std::string log = (dir_ / "stdout.log").string();
            std::freopen(log.c_str(), "w", stdout);
            std::freopen(log.c_str(), "a", stderr);
            ::execl(kBinary, kBinary, "-F", "-c", conf.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        for (int i = 0; i < 200; ++i) {  // up to 10 s on a loaded machine
            if (can_connect()) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        throw std::runtime_error("dovecot did not start: " + slurp(dir_ / "stdout.log") +
                                 slurp(dir_ / "dovecot.log"));
    }

    void stop() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGTERM);
        int st = 0;
        ::waitpid(pid_, &st, 0);
        pid_ = -1;
    }

    std::string log() const { return slurp(dir_ / "dovecot.log"); }

  private:
    static void make_certificate(const std::filesystem::path& cert,
                                 const std::filesystem::path& key) {
        std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
                          "-addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout '" +
                          key.string() + "' -out '" + cert.string() + "' 2>/dev/null";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("openssl req failed");
    }

    static int free_port() {
        int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
        ::close(s);
        return ntohs(a.sin_port);
    }

    bool can_connect() const {
        int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port_));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bool ok = ::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
        ::close(s);
        return ok;
    }

    static void chown_tree(const std::filesystem::path& p) {
        std::string cmd = "chown -R 65534:65534 '" + p.string() + "'";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("chown failed");
    }

    void write_config() const {
        std::string d = dir_.path().string();
        std::ofstream c(dir_ / "dovecot.conf");
        c << "base_dir = " << d << "/run\n"
          << "state_dir = " << d << "/state\n"
          << "log_path = " << d << "/dovecot.log\n"
          << "protocols = imap\nlisten = 127.0.0.1\nssl = required\n"
          << "ssl_cert = <" << d << "/cert.pem\nssl_key = <" << d << "/key.pem\n"
          << "first_valid_uid = 1\nmail_location = maildir:~/Maildir\n"
          << "auth_mechanisms = plain login\nauth_failure_delay = 0\n"
          << "service imap-login {\n  inet_listener imap {\n    port = 0\n  }\n"
          << "  inet_listener imaps {\n    port = " << port_ << "\n    ssl = yes\n  }\n}\n"
          << "service anvil {\n  chroot =\n}\n"
          << "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN " << d << "/passwd\n}\n"
          << "userdb {\n  driver = passwd-file\n  args = " << d << "/passwd\n}\n";
    }

    Scratch dir_{"dossier-dovecot"};
    std::vector<std::pair<std::string, std::string>> users_;
    int port_ = 0;
    pid_t pid_ = -1;
    int delivered_ = 0;
};

}  // namespace dossier::test
