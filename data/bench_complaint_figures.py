"""Benchmark: complaint counts and KPI figures over a large ticket history.

Creates (inside a transaction that is rolled back) N customer companies with
two contacts each and 5×N tickets spread over 30 days and 50 users, then times
and counts the SQL queries of:

- the smart-button counts for a page of 80 partners (one grouped query),
- `helpdesk.ticket._csd_ticket_figures` for 50 users over the month,
- `csd.complaint.penalty._csd_fine_figures` for 50 employees.

Run it on a database with csd_complaints installed:

    .venv/bin/odoo shell -c .csd/odoo.conf -d csd_test \
        --no-http --log-level=warn < data/bench_complaint_figures.py

Set CSD_BENCH_CUSTOMERS to change N (default 2000). Measured with N=2000
(10,000 tickets): smart buttons 3 queries, ticket figures 2, fine figures 1.
"""

import os
import random
import time
from datetime import timedelta

from odoo import fields

N = int(os.environ.get("CSD_BENCH_CUSTOMERS", "2000"))
rng = random.Random(5)
env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True))  # noqa: F821


def measure(label, func):
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - started
    print(f"{label}: {elapsed * 1000:.1f} ms, {env.cr.sql_log_count - queries} queries")
    return result


started = time.perf_counter()
users = env["res.users"].create(
    [{"name": f"基准专员 {n:02d}", "login": f"bench.csd.{n:02d}"} for n in range(50)]
)
employees = env["hr.employee"].create(
    [{"name": u.name, "user_id": u.id} for u in users]
)
companies = env["res.partner"].create(
    [{"name": f"基准客户 {n:05d}", "is_company": True} for n in range(N)]
)
contacts = env["res.partner"].create(
    [
        {"name": f"联系人 {n:05d}-{k}", "parent_id": company.id}
        for n, company in enumerate(companies)
        for k in range(2)
    ]
)
team = env["helpdesk.ticket.team"].create({"name": "Bench desk"})
partners = companies | contacts
types = ["complaint", "complaint", "inquiry", "repair", "suggestion"]
tickets = env["helpdesk.ticket"].create(
    [
        {
            "name": f"基准工单 {n}",
            "description": "<p>bench</p>",
            "team_id": team.id,
            "partner_id": rng.choice(partners.ids),
            "user_id": rng.choice(users.ids),
            "ticket_type": rng.choice(types),
        }
        for n in range(5 * N)
    ]
)
env.cr.execute(
    "UPDATE helpdesk_ticket SET create_date = now() - random() * interval '30 days'"
    " WHERE id = ANY(%s)",
    [tickets.ids],
)
env["csd.complaint.penalty"].create(
    [
        {
            "kind": "notice",
            "employee_id": rng.choice(employees.ids),
            "amount": 20,
            "reason": "bench",
            "state": "approved",
        }
        for _n in range(N)
    ]
)
env.flush_all()
print(
    f"setup: {N} companies, {len(contacts)} contacts, {len(tickets)} tickets "
    f"in {time.perf_counter() - started:.1f} s"
)

page = env["res.partner"].browse(rng.sample(partners.ids, 80))
measure(
    "partner smart buttons, 80 partners",
    lambda: [(p.complaint_count, p.complaint_open_count) for p in page],
)
today = fields.Date.today()
measure(
    "_csd_ticket_figures, 50 users, 30 days",
    lambda: env["helpdesk.ticket"]._csd_ticket_figures(
        today - timedelta(days=30), today, users.ids
    ),
)
measure(
    "_csd_fine_figures, 50 employees",
    lambda: env["csd.complaint.penalty"]._csd_fine_figures(
        today - timedelta(days=30), today, employees.ids
    ),
)
env.cr.rollback()
