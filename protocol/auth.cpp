#include "protocol/auth.h"

#include "protocol/identifiers.h"
#include "protocol/jsonreader.h"

namespace ow::protocol {

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::BackOffice:
        return QStringLiteral("backoffice");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role r : {Role::Clerk, Role::Supervisor, Role::BackOffice, Role::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QStringList roleNames()
{
    return {QStringLiteral("clerk"), QStringLiteral("supervisor"), QStringLiteral("backoffice"),
        QStringLiteral("admin")};
}

QJsonObject SignInRequest::toJson() const
{
    return {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
}

Result<SignInRequest> SignInRequest::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    SignInRequest s;
    s.username = r.string(QStringLiteral("username"), 64);
    s.password = r.string(QStringLiteral("password"), 256);
    if (auto done = r.finish(); !done)
        return done.error();
    return s;
}

QJsonObject StaffInfo::toJson() const
{
    return {{QStringLiteral("username"), username}, {QStringLiteral("displayName"), displayName},
        {QStringLiteral("role"), roleName(role)}, {QStringLiteral("hallCode"), hallCode}};
}

Result<StaffInfo> StaffInfo::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    StaffInfo s;
    s.username = r.string(QStringLiteral("username"), 64);
    s.displayName = r.string(QStringLiteral("displayName"), 100);
    s.role = roleFromName(r.oneOf(QStringLiteral("role"), roleNames())).value_or(Role::Clerk);
    s.hallCode = r.string(QStringLiteral("hallCode"), 32);
    if (auto done = r.finish(); !done)
        return done.error();
    return s;
}

QJsonObject SignInResponse::toJson() const
{
    return {{QStringLiteral("token"), token}, {QStringLiteral("expiresAt"), formatTimestamp(expiresAt)},
        {QStringLiteral("staff"), staff.toJson()}};
}

Result<SignInResponse> SignInResponse::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    SignInResponse s;
    s.token = r.string(QStringLiteral("token"), 128);
    s.expiresAt = r.dateTime(QStringLiteral("expiresAt"));
    const QJsonObject staff = r.object(QStringLiteral("staff"));
    if (r.ok()) {
        auto info = StaffInfo::fromJson(staff, QStringLiteral("staff"));
        if (info)
            s.staff = *info;
        else
            r.adopt(info.error());
    }
    if (auto done = r.finish(); !done)
        return done.error();
    return s;
}

} // namespace ow::protocol
