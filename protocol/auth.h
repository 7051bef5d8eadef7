#pragma once

#include "base/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ow::protocol {

// Staff roles. Every staff member belongs to one hall.
enum class Role { Clerk, Supervisor, BackOffice, Admin };

QString roleName(Role role); // clerk | supervisor | backoffice | admin
std::optional<Role> roleFromName(const QString& name);
QStringList roleNames();

struct SignInRequest
{
    QString username;
    QString password;

    QJsonObject toJson() const;
    static Result<SignInRequest> fromJson(const QJsonObject& json);
};

struct StaffInfo
{
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString hallCode;

    QJsonObject toJson() const;
    static Result<StaffInfo> fromJson(const QJsonObject& json, const QString& path = {});
};

// The bearer token is shown once; the server keeps only its SHA-256.
struct SignInResponse
{
    QString token;
    QDateTime expiresAt;
    StaffInfo staff;

    QJsonObject toJson() const;
    static Result<SignInResponse> fromJson(const QJsonObject& json);
};

} // namespace ow::protocol
