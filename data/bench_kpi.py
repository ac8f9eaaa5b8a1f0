"""Benchmark: KPIs of a 300-employee campaign over 200,000 tickets.

Creates (inside a transaction that is rolled back) N_EMPLOYEES specialists
with users, N_TICKETS tickets of the month assigned to them, their SLA lines
when the SLA engine is installed, and satisfaction answers; then

1. times the computation of the nine computed KPIs for all employees at once
   (``csd.kpi.evaluation._computed_values``: the contract methods of the
   complaints, SLA and survey addons, each asked once) and counts its queries;
2. times ONE hand-written SQL aggregate computing the same figures, and checks
   that both give the same values;
3. times a whole campaign (evaluations created with their KPI lines).

Run it on a database with the three addons installed:

    .venv/bin/odoo shell -c .csd/odoo.conf -d csd_test \\
        --no-http --log-level=warn < data/bench_kpi.py

CSD_BENCH_EMPLOYEES and CSD_BENCH_TICKETS change the sizes.
"""

import os
import random
import time
import uuid
from datetime import date, datetime, timedelta

N_EMPLOYEES = int(os.environ.get("CSD_BENCH_EMPLOYEES", "300"))
N_TICKETS = int(os.environ.get("CSD_BENCH_TICKETS", "200000"))
DATE_FROM, DATE_TO = date(2026, 3, 1), date(2026, 3, 31)
rng = random.Random(7)
env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True))  # noqa: F821
cr = env.cr


def columns(table):
    cr.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
        (table,),
    )
    return {row[0] for row in cr.fetchall()}


def insert(table, rows):
    """Bulk insert of generated rows (dicts with the same keys)."""
    keys = list(rows[0])
    placeholders = "(" + ",".join(["%s"] * len(keys)) + ")"
    for start in range(0, len(rows), 5000):
        chunk = rows[start : start + 5000]
        values = ",".join(
            cr.mogrify(placeholders, [row[k] for k in keys]).decode() for row in chunk
        )
        cr.execute(f"INSERT INTO {table} ({','.join(keys)}) VALUES {values}")


started = time.perf_counter()
department = env["hr.department"].create({"name": "Benchmark call centre"})
job = env.ref("csd_management.job_csd_specialist")
users = (
    env["res.users"]
    .with_context(no_reset_password=True)
    .create(
        [
            {"name": f"坐席 {n:03d}", "login": f"bench_kpi_{n:03d}"}
            for n in range(N_EMPLOYEES)
        ]
    )
)
employees = env["hr.employee"].create(
    [
        {
            "name": user.name,
            "user_id": user.id,
            "department_id": department.id,
            "job_id": job.id,
        }
        for user in users
    ]
)
company_id = env.company.id
stage_closed = env["helpdesk.ticket.stage"].search([("closed", "=", True)], limit=1)
stage_open = env["helpdesk.ticket.stage"].search([("closed", "=", False)], limit=1)
ticket_columns = columns("helpdesk_ticket")
month_start = datetime.combine(DATE_FROM, datetime.min.time())
rows = []
for n in range(N_TICKETS):
    created = month_start + timedelta(minutes=rng.randrange(30 * 24 * 60))
    closed = rng.random() < 0.8
    row = {
        "name": f"工单 {n}",
        "description": "基准",
        "company_id": company_id,
        "user_id": users[n % N_EMPLOYEES].id,
        "create_date": created,
        "write_date": created,
        "stage_id": (stage_closed if closed else stage_open).id,
        "closed_date": created + timedelta(hours=rng.randrange(1, 72))
        if closed
        else None,
        "ticket_type": rng.choice(["inquiry", "inquiry", "complaint", "repair"]),
        "severity": "normal",
    }
    optional = {
        "number": f"BENCH{n:06d}",
        "priority": "1",
        "escalation_level": "specialist",
        "first_contact_resolved": closed and rng.random() < 0.6,
        "is_second_complaint": rng.random() < 0.05,
        "recovery_cost": rng.choice([0.0] * 9 + [100.0]),
        "reopen_count": 0,
        "first_response_date": created + timedelta(minutes=rng.randrange(5, 600)),
        "kanban_state": "normal",
        "active": True,
    }
    row.update({k: v for k, v in optional.items() if k in ticket_columns})
    rows.append(row)
insert("helpdesk_ticket", rows)
cr.execute("SELECT id FROM helpdesk_ticket WHERE user_id IN %s", (tuple(users.ids),))
ticket_ids = [row[0] for row in cr.fetchall()]

with_sla = "csd.ticket.sla" in env
if with_sla:
    sla_columns = columns("csd_ticket_sla")
    policy = env["csd.sla.policy"].with_context(active_test=False).search([], limit=1)
    sla_rows = []
    for ticket_id in ticket_ids:
        row = {
            "ticket_id": ticket_id,
            "kind": "first_response",
            "state": "met" if rng.random() < 0.85 else "breached",
        }
        optional = {
            "policy_id": policy.id,
            "start_date": month_start,
            "deadline": month_start,
            "create_date": month_start,
            "write_date": month_start,
            "company_id": company_id,
        }
        row.update({k: v for k, v in optional.items() if k in sla_columns})
        sla_rows.append(row)
    insert("csd_ticket_sla", sla_rows)

survey = env.ref("csd_management.survey_customer_satisfaction")
answer_rows = []
for employee in employees:
    for _i in range(20):
        ended = month_start + timedelta(minutes=rng.randrange(30 * 24 * 60))
        answer_rows.append(
            {
                "survey_id": survey.id,
                "employee_id": employee.id,
                "state": "done",
                "end_datetime": ended,
                "create_date": ended,
                "access_token": str(uuid.uuid4()),
                "satisfaction_score": rng.choice([25.0, 50.0, 75.0, 100.0]),
                "has_satisfaction_score": True,
            }
        )
insert("survey_user_input", answer_rows)
cr.execute("ANALYZE helpdesk_ticket")
cr.execute("ANALYZE survey_user_input")
env.invalidate_all()
print(
    f"data: {N_EMPLOYEES} employees, {len(ticket_ids)} tickets, "
    f"{len(answer_rows)} answers, SLA lines: {with_sla}, "
    f"made in {time.perf_counter() - started:.1f} s"
)

codes = [
    "inquiry_volume",
    "complaint_rate",
    "resolution_rate",
    "first_contact_resolution",
    "second_complaint_rate",
    "recovery_cost",
    "satisfaction",
] + (["first_response_time", "sla_compliance"] if with_sla else [])
kpis = env["csd.kpi"].browse([env.ref(f"csd_hr_kpi.kpi_{code}").id for code in codes])
Evaluation = env["csd.kpi.evaluation"]


def timed(func, repeat=3):
    best, result, queries = None, None, 0
    for _i in range(repeat):
        env.invalidate_all()
        count = cr.sql_log_count
        start = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - start
        queries = cr.sql_log_count - count
        best = elapsed if best is None else min(best, elapsed)
    return best, result, queries


orm_time, orm_values, orm_queries = timed(
    lambda: Evaluation._computed_values(kpis, employees, DATE_FROM, DATE_TO)
)

SQL = """
WITH t AS (
    SELECT id, user_id, ticket_type, stage_id = ANY(%(closed)s) AS resolved,
           {fcr} AS fcr, {second} AS second, {cost} AS cost, {response} AS response
      FROM helpdesk_ticket
     WHERE user_id = ANY(%(users)s) AND create_date >= %(start)s
       AND create_date < %(stop)s
), tickets AS (
    SELECT user_id, count(*) AS total,
           count(*) FILTER (WHERE ticket_type = 'inquiry') AS inquiries,
           count(*) FILTER (WHERE ticket_type = 'complaint') AS complaints,
           count(*) FILTER (WHERE resolved) AS resolved,
           count(*) FILTER (WHERE fcr) AS fcr,
           count(*) FILTER (WHERE second) AS second,
           sum(cost) AS cost, avg(response) AS response
      FROM t GROUP BY user_id
), sla AS ({sla}), answers AS (
    SELECT e.user_id, avg(a.satisfaction_score) AS satisfaction
      FROM survey_user_input a JOIN hr_employee e ON e.id = a.employee_id
     WHERE a.employee_id = ANY(%(employees)s) AND a.state = 'done'
       AND a.has_satisfaction_score AND a.end_datetime >= %(start)s
       AND a.end_datetime < %(stop)s
     GROUP BY e.user_id
)
SELECT tickets.*, sla.met, sla.late, answers.satisfaction
  FROM tickets LEFT JOIN sla USING (user_id) LEFT JOIN answers USING (user_id)
""".format(
    fcr="first_contact_resolved"
    if "first_contact_resolved" in ticket_columns
    else "false",
    second="is_second_complaint"
    if "is_second_complaint" in ticket_columns
    else "false",
    cost="recovery_cost" if "recovery_cost" in ticket_columns else "0",
    response="extract(epoch FROM first_response_date - create_date) / 3600.0"
    if "first_response_date" in ticket_columns
    else "NULL::float",
    sla="""SELECT t.user_id, count(*) FILTER (WHERE l.state = 'met') AS met,
                  count(*) FILTER (WHERE l.state = 'breached') AS late
             FROM csd_ticket_sla l JOIN t ON t.id = l.ticket_id GROUP BY t.user_id"""
    if with_sla
    else "SELECT NULL::int AS user_id, 0 AS met, 0 AS late",
)


def hand_sql():
    cr.execute(
        SQL,
        {
            "users": users.ids,
            "closed": env["helpdesk.ticket.stage"].search([("closed", "=", True)]).ids,
            "employees": employees.ids,
            "start": month_start,
            "stop": datetime.combine(DATE_TO, datetime.min.time()) + timedelta(days=1),
        },
    )
    return cr.dictfetchall()


sql_time, sql_rows, _q = timed(hand_sql)

# Same figures both ways (ratios as the KPIs compute them).
employee_of = {employee.user_id.id: employee.id for employee in employees}
percent = env["csd.kpi"]._percent
mismatches = 0
for row in sql_rows:
    emp = employee_of[row["user_id"]]
    expected = {
        "inquiry_volume": row["inquiries"],
        "complaint_rate": percent(row["complaints"], row["total"]),
        "resolution_rate": percent(row["resolved"], row["total"]),
        "first_contact_resolution": percent(row["fcr"], row["total"]),
        "second_complaint_rate": percent(row["second"], row["complaints"]),
        "recovery_cost": row["cost"] or 0.0,
        "satisfaction": row["satisfaction"],
        "first_response_time": row["response"] and round(row["response"], 2),
        "sla_compliance": percent(
            row["met"] or 0, (row["met"] or 0) + (row["late"] or 0)
        ),
    }
    for code, kpi in zip(codes, kpis, strict=True):
        got = orm_values[kpi.id, emp]
        if got is None or expected[code] is None:
            mismatches += got != expected[code]
        else:
            mismatches += abs(got - expected[code]) > 0.011
print(
    f"KPIs ({len(codes)}) for {N_EMPLOYEES} employees through the contracts: "
    f"{orm_time * 1000:.0f} ms, {orm_queries} queries"
)
print(f"one hand-written SQL aggregate of the same figures: {sql_time * 1000:.0f} ms")
print(f"ratio: {orm_time / sql_time:.2f}x; values that differ: {mismatches}")

campaign = env["csd.kpi.campaign"].create(
    {
        "name": "Benchmark",
        "date_from": DATE_FROM,
        "date_to": DATE_TO,
        "department_id": department.id,
    }
)
count = cr.sql_log_count
start = time.perf_counter()
campaign.action_generate_evaluations()
env.flush_all()
print(
    f"whole campaign: {len(campaign.evaluation_ids)} evaluations with "
    f"{len(campaign.evaluation_ids.line_ids)} KPI lines in "
    f"{time.perf_counter() - start:.1f} s, {cr.sql_log_count - count} queries"
)
cr.rollback()
