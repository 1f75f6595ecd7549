#include "startupprobe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace pd::test {

namespace {

class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceStart)
        : QObject(window)
        , m_sinceStart(sinceStart)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Report once the paint has been delivered, then leave.
            QTimer::singleShot(0, qApp, [ms = m_sinceStart.elapsed()] {
                std::fprintf(stderr, "first paint after %lld ms\n", static_cast<long long>(ms));
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace

void installStartupProbe(QWidget *window, const QElapsedTimer &sinceStart)
{
    new FirstPaint(window, sinceStart);
}

} // namespace pd::test
