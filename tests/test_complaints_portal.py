"""A customer on the portal and a client over XML-RPC meet the complaint desk."""

import time
import xmlrpc.client

import pytest
import requests

PIXEL = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8"
    "AAAAASUVORK5CYII="
)


@pytest.fixture(scope="module")
def desk(odoo_server):
    """Two customers' complaints and a portal login for the first customer."""
    url, db = odoo_server["url"], odoo_server["db"]
    common = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common")
    uid = common.authenticate(db, "admin", "admin", {})
    models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object", allow_none=True)

    def call(model, method, *args, **kw):
        return models.execute_kw(db, uid, "admin", model, method, list(args), kw)

    suffix = str(time.time_ns())
    portal_group = call(
        "ir.model.data", "check_object_reference", "base", "group_portal"
    )[1]
    team = call(
        "ir.model.data",
        "check_object_reference",
        "csd_complaints",
        "helpdesk_team_csd_demo",
    )[1]
    login = f"portal.{suffix}@example.com"
    user_id = call(
        "res.users",
        "create",
        {
            "name": "Portal Customer",
            "login": login,
            "password": login,
            "groups_id": [(6, 0, [portal_group])],
        },
    )
    partner_id = call("res.users", "read", [user_id], ["partner_id"])[0]["partner_id"][
        0
    ]
    other_partner = call("res.partner", "create", {"name": f"Other {suffix}"})

    def ticket(partner, name):
        return call(
            "helpdesk.ticket",
            "create",
            {
                "name": name,
                "description": "<p>x</p>",
                "team_id": team,
                "partner_id": partner,
                "ticket_type": "complaint",
                "feedback_note": "We replace the part.",
            },
        )

    own = ticket(partner_id, f"Own problem {suffix}")
    foreign = ticket(other_partner, f"Secret problem {suffix}")
    session = requests.Session()
    resp = session.post(
        f"{url}/web/session/authenticate",
        json={
            "jsonrpc": "2.0",
            "params": {"db": db, "login": login, "password": login},
        },
        timeout=60,
    )
    assert resp.json()["result"]["uid"] == user_id
    return {
        "url": url,
        "db": db,
        "session": session,
        "own": own,
        "foreign": foreign,
        "call": call,
        "login": login,
        "user_id": user_id,
        "suffix": suffix,
    }


def test_portal_customer_opens_own_ticket_and_form(desk):
    url, session = desk["url"], desk["session"]
    page = session.get(f"{url}/my/ticket/{desk['own']}", timeout=60)
    assert page.status_code == 200
    assert f"Own problem {desk['suffix']}" in page.text
    assert "Resolution confirmation" in page.text
    form = session.get(f"{url}/my/ticket/{desk['own']}/confirmation", timeout=60)
    assert "Complaint Resolution Confirmation" in form.text


def test_portal_customer_cannot_open_another_customers_ticket(desk):
    url, session = desk["url"], desk["session"]
    for path in ("", "/confirmation"):
        resp = session.get(f"{url}/my/ticket/{desk['foreign']}{path}", timeout=60)
        assert f"Secret problem {desk['suffix']}" not in resp.text
        assert resp.url.rstrip("/").endswith("/my")


def _sign(desk, ticket, **params):
    resp = desk["session"].post(
        f"{desk['url']}/my/ticket/{ticket}/sign",
        json={"jsonrpc": "2.0", "method": "call", "params": params},
        timeout=60,
    )
    body = resp.json()
    assert "result" in body, body
    return body["result"]


def test_customer_signs_resolution_confirmation(desk):
    assert "error" in _sign(desk, desk["foreign"], name="X", signature=PIXEL)
    assert "error" in _sign(desk, desk["own"], name="Li Lei")
    assert "error" in _sign(desk, desk["own"], name="Li Lei", signature="not-base64!")
    assert "error" not in _sign(desk, desk["own"], name="Li Lei", signature=PIXEL)
    own, foreign = desk["call"](
        "helpdesk.ticket", "read", [desk["own"], desk["foreign"]], ["signed_by"]
    )
    assert own["signed_by"] == "Li Lei"
    assert not foreign["signed_by"]
    assert "error" in _sign(desk, desk["own"], name="Li Lei", signature=PIXEL)


def test_xmlrpc_bad_input_gets_clear_errors(desk):
    url, db = desk["url"], desk["db"]
    models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object", allow_none=True)
    with pytest.raises(xmlrpc.client.Fault, match="ticket_type"):
        desk["call"](
            "helpdesk.ticket",
            "create",
            {"name": "Bad", "description": "x", "ticket_type": "rant"},
        )
    # The portal user cannot read someone else's ticket over XML-RPC either.
    with pytest.raises(xmlrpc.client.Fault, match="read' access"):
        models.execute_kw(
            db,
            desk["user_id"],
            desk["login"],
            "helpdesk.ticket",
            "read",
            [[desk["foreign"]]],
            {"fields": ["name"]},
        )
    # A ticket without a description still keeps the customer's request.
    ticket = desk["call"]("helpdesk.ticket", "create", {"name": "Only a title"})
    description = desk["call"]("helpdesk.ticket", "read", [ticket], ["description"])[0]
    assert "no description" in description["description"]
