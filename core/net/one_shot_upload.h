// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace lockstep::core::net {

/// A request body that can be read once and never rewound. Qt's HTTP/1 layer silently sends a request again when the
/// connection closes before any answer arrives, whatever the method; it can only do that if it can rewind the body.
/// Handing it a sequential, unbuffered body (with Content-Length) turns that silent resend into an error
/// (ContentReSendError), so a non-idempotent request is never sent twice behind the retry policy's back.
/// Thread: owned by the call that sends it, in the engine thread.
class OneShotUpload : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUpload(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_position) + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    /// Never rewinds (and, unlike QIODevice's default, says so without a warning).
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace lockstep::core::net
