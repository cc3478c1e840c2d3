// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark executable shares: its command-line sizes, the figures it prints (plain words as it goes,
// one JSON line at the end), the process's peak memory, timing, and the sandbox on a thread of its own.
#pragma once

#include "sim/sandbox.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#ifdef Q_OS_WIN
// clang-format off
#include <windows.h>
#include <psapi.h>
// clang-format on
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <time.h>
#endif

namespace lockstep::bench {

/// `--name N` options, each with a default; `--smoke` is the tiny form ctest runs (sizes set by the caller).
class Options
{
public:
    Options(int argc, char** argv)
    {
        for (int i = 1; i < argc; ++i)
            m_args << QString::fromLocal8Bit(argv[i]);
    }
    qint64 value(const char* name, qint64 fallback) const
    {
        const int at = int(m_args.indexOf(QStringLiteral("--") + QLatin1String(name)));
        if (at < 0 || at + 1 >= m_args.size())
            return fallback;
        bool ok = false;
        const qint64 v = m_args.at(at + 1).toLongLong(&ok);
        if (!ok || v < 0)
            qFatal("--%s wants a whole number, not %s", name, qPrintable(m_args.at(at + 1)));
        return v;
    }
    bool has(const char* name) const { return m_args.contains(QStringLiteral("--") + QLatin1String(name)); }

private:
    QStringList m_args;
};

/// The figures of one benchmark: each said in words on stdout when it is measured, all of them in one JSON
/// line at the end (`{"benchmark": NAME, ...}`), which scripts read.
class Figures
{
public:
    explicit Figures(const char* benchmark) { m_json["benchmark"] = benchmark; }

    template <typename T> void set(const char* key, T value) { m_json[key] = value; }
    void set(const char* key, const QString& value) { m_json[key] = value.toStdString(); }
    /// Rounds to three decimals so the JSON line stays readable.
    void setMs(const char* key, double ms) { m_json[key] = double(qRound64(ms * 1000.0)) / 1000.0; }

    static void say(const QString& line)
    {
        std::fputs(qPrintable(line + u'\n'), stdout);
        std::fflush(stdout);
    }
    /// The closing JSON line.
    void print() const
    {
        std::fputs((m_json.dump() + '\n').c_str(), stdout);
        std::fflush(stdout);
    }

private:
    nlohmann::ordered_json m_json;
};

/// Keeps the engine's per-request log lines out of the figures (warnings still show), unless QT_LOGGING_RULES
/// already says otherwise. Call first in main(), before the application object reads the rules.
inline void quietLogs()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "lockstep.*.debug=false;lockstep.*.info=false");
}

/// The offscreen platform unless QT_QPA_PLATFORM names another: the UI benchmarks need no display.
inline void useOffscreenUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Times `f` once, in milliseconds.
inline double timeMs(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return msSince(t);
}

namespace detail {
enum class CpuOf
{
    Thread,
    Process
};
inline qint64 cpuNs(CpuOf of)
{
#if defined(Q_OS_UNIX)
    timespec ts{};
    if (clock_gettime(of == CpuOf::Thread ? CLOCK_THREAD_CPUTIME_ID : CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
        return -1;
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#elif defined(Q_OS_WIN)
    FILETIME created, exited, kernel, user;
    const BOOL ok = of == CpuOf::Thread ? GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user)
                                        : GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user);
    if (!ok)
        return -1;
    const auto ns = [](const FILETIME& f) { return ((qint64(f.dwHighDateTime) << 32) | f.dwLowDateTime) * 100; };
    return ns(kernel) + ns(user);
#else
    Q_UNUSED(of);
    return -1;
#endif
}
} // namespace detail

/// CPU time this thread has used, in ns; -1 where the platform cannot tell. Beside wall time it separates the
/// work from waiting for a core on a busy machine.
inline qint64 threadCpuNs()
{
    return detail::cpuNs(detail::CpuOf::Thread);
}

/// CPU time the whole process (every thread: engine, sandbox, pool) has used, in ns; -1 where unknown. Beside
/// wall time and the cores, it tells whether a run was waiting or computing.
inline qint64 processCpuNs()
{
    return detail::cpuNs(detail::CpuOf::Process);
}

/// The q-th quantile (0..1) of `samples` (sorted in place), nearest rank.
inline double quantile(std::vector<double>& samples, double q)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::clamp<std::size_t>(std::size_t(q * double(samples.size()) + 0.999999), 1, samples.size());
    return samples[rank - 1];
}

/// The most memory the process has held at once (resident, bytes); 0 where the platform cannot tell.
/// Linux: VmHWM of /proc/self/status; Windows: the peak working set; other Unix: getrusage.
inline qint64 peakMemoryBytes()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    return 0;
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return qint64(counters.PeakWorkingSetSize);
    return 0;
#elif defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
#if defined(Q_OS_MACOS)
    return qint64(usage.ru_maxrss); // bytes there
#else
    return qint64(usage.ru_maxrss) * 1024;
#endif
#else
    return 0;
#endif
}

/// Starts counting the peak again from what the process holds now, where the platform allows it (Linux);
/// returns false elsewhere (the peak then covers the whole run so far).
inline bool resetPeakMemory()
{
#if defined(Q_OS_LINUX)
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
#else
    return false;
#endif
}

/// Gives back what seeding held: the connection's page cache (raised for seeding) and, with glibc, the freed heap,
/// so the peak measured after it is the view's, not the seeding's.
inline void releaseSeedingMemory(core::store::Database& db)
{
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -2000; PRAGMA shrink_memory"));
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

inline double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

/// The shipped "scale" scenario shaped for a benchmark: `orders` WooCommerce orders spread evenly over one
/// simulated day (paused clock, no faults, `latencyMs` on every answer), its light rates of planted failures
/// kept so the detectors have work.
inline core::sim::Scenario benchmarkScenario(int orders, int latencyMs = 0)
{
    auto loaded = core::sim::loadScenario(QStringLiteral("scale"));
    if (!loaded.ok())
        qFatal("the scale scenario does not load: %s", qPrintable(loaded.error().toString()));
    core::sim::Scenario s = loaded.value();
    s.speed = 0;
    s.durationHours = 24;
    s.ordersPerDay = orders;
    s.commercetoolsShare = 0;
    s.hourlyWeights.fill(1.0);
    s.pos.salesPerDay = 0;
    s.faults = {};
    s.faults.latencyMedianMs = latencyMs;
    s.faults.latencyP99Ms = latencyMs;
    s.faultsBySystem.clear();
    return s;
}

/// The sandbox on a thread of its own, so serving pages never competes with the thread being measured.
/// Thread: created and used from the main thread; the Sandbox lives in its own QThread and is touched only
/// through call().
class SandboxThread
{
public:
    SandboxThread()
    {
        m_thread.setObjectName(QStringLiteral("sandbox"));
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        m_thread.start();
    }
    ~SandboxThread()
    {
        call([this] {
            delete m_sandbox;
            m_sandbox = nullptr;
            delete m_anchor;
        });
        m_thread.quit();
        m_thread.wait();
    }
    SandboxThread(const SandboxThread&) = delete;
    SandboxThread& operator=(const SandboxThread&) = delete;

    /// Runs `f` on the sandbox's thread and waits for it.
    void call(const std::function<void()>& f) { QMetaObject::invokeMethod(m_anchor, f, Qt::BlockingQueuedConnection); }

    /// Starts the servers and lets `hours` of simulated trading happen; fails the benchmark when it cannot.
    core::sim::Endpoints start(const core::sim::Scenario& scenario, int hours)
    {
        core::Result<core::sim::Endpoints> result =
            core::makeError(core::ErrorCode::Refused, QStringLiteral("not started"));
        call([&] {
            m_sandbox = new core::sim::Sandbox;
            result = m_sandbox->start(scenario);
            if (result.ok())
                m_sandbox->advance(qint64(hours) * 3600 * 1000);
        });
        if (!result.ok())
            qFatal("the sandbox does not start: %s", qPrintable(result.error().toString()));
        return result.value();
    }
    /// Only inside call().
    core::sim::Sandbox* sandbox() const { return m_sandbox; }
    QDateTime now()
    {
        QDateTime t;
        call([&] { t = m_sandbox->now(); });
        return t;
    }

private:
    QThread m_thread;
    QObject* m_anchor = nullptr;
    core::sim::Sandbox* m_sandbox = nullptr;
};

} // namespace lockstep::bench
