#pragma once

// One HTTP answer as the hub's handlers build it; HubServer writes it to the socket.

#include "hubprotocol.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace chorus::hub {

struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";
};

inline HttpReply jsonReply(int status, const QJsonObject& o)
{
    return HttpReply{status, QJsonDocument(o).toJson(QJsonDocument::Compact), {}};
}

/** The error body of PROTOCOL.md "Errors"; the message starts with the field. */
inline HttpReply errorReply(int status, const QString& code, const QString& field,
                            const QString& why)
{
    ProtocolError e;
    e.status = status;
    e.code = code;
    e.field = field;
    e.message = (field.isEmpty() ? QStringLiteral("request") : field) + QStringLiteral(": ") + why;
    return HttpReply{status, e.toBody(), {}};
}

/** The error body of a request the JSON reader (jsonreader.h) or a decoder refused. */
inline HttpReply errorReply(const ProtocolError& e)
{
    return HttpReply{e.status, e.toBody(), {}};
}

} // namespace chorus::hub
