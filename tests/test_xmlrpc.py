"""A user's client talks to a running server over XML-RPC."""

import xmlrpc.client


def test_admin_lists_installed_csd_modules(odoo_server):
    url, db = odoo_server["url"], odoo_server["db"]
    common = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common")
    uid = common.authenticate(db, "admin", "admin", {})
    assert uid, "admin / admin could not log in"
    models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object")
    modules = models.execute_kw(
        db,
        uid,
        "admin",
        "ir.module.module",
        "search_read",
        [[("name", "like", "csd_"), ("state", "=", "installed")]],
        {"fields": ["name", "application"]},
    )
    assert {m["name"] for m in modules} == {
        "csd_management",
        "csd_complaints",
        "csd_hr_kpi",
    }
    assert all(m["application"] for m in modules)


def test_wrong_password_is_refused(odoo_server):
    url, db = odoo_server["url"], odoo_server["db"]
    common = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common")
    assert not common.authenticate(db, "admin", "not-the-password", {})
