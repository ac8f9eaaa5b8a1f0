"""Benchmark: reclassify 10,000 customers with a history.

Creates (inside a transaction that is rolled back) N customers, each with a
few satisfaction answers and, when csd_complaints is installed, tickets; then
times the scheduled reclassification (value score, class, churn risk) and
counts its SQL queries. Run it on a database with csd_management installed:

    .venv/bin/odoo shell -c .csd/odoo.conf -d csd_test \
        --no-http --log-level=warn < data/bench_customer_reclassify.py

Set CSD_BENCH_CUSTOMERS to change N (default 10000).
"""

import os
import random
import time

from odoo import fields

N = int(os.environ.get("CSD_BENCH_CUSTOMERS", "10000"))
rng = random.Random(4)
env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True))  # noqa: F821
Partner = env["res.partner"]

started = time.perf_counter()
customers = Partner.create(
    [
        {
            "name": f"基准客户 {n:05d}",
            "is_company": True,
            "customer_stage": rng.choice(["potential", "current", "past"]),
        }
        for n in range(N)
    ]
)
survey = env.ref("csd_management.survey_customer_satisfaction")
overall = env.ref("csd_management.survey_question_overall")
recommend = env.ref("csd_management.survey_question_recommendation")
answered = customers[: N // 2]
answers = env["survey.user_input"].create(
    [
        {
            "survey_id": survey.id,
            "partner_id": partner.id,
            "state": "done",
            "end_datetime": fields.Datetime.now(),
        }
        for partner in answered
    ]
)
choices = overall.suggested_answer_ids.ids
env["survey.user_input.line"].create(
    [
        vals
        for answer in answers
        for vals in (
            {
                "user_input_id": answer.id,
                "question_id": overall.id,
                "answer_type": "suggestion",
                "suggested_answer_id": rng.choice(choices),
            },
            {
                "user_input_id": answer.id,
                "question_id": recommend.id,
                "answer_type": "scale",
                "value_scale": rng.randint(0, 10),
            },
        )
    ]
)
if "helpdesk.ticket" in env and "ticket_type" in env["helpdesk.ticket"]._fields:
    env["helpdesk.ticket"].create(
        [
            {
                "name": f"工单 {n}",
                "description": "基准",
                "partner_id": rng.choice(customers).id,
                "ticket_type": rng.choice(["complaint", "inquiry", "repair"]),
            }
            for n in range(N // 2)
        ]
    )
env.flush_all()
print(f"history of {N} customers created in {time.perf_counter() - started:.1f} s")

env.invalidate_all()
queries = env.cr.sql_log_count
started = time.perf_counter()
Partner._cron_reclassify_customers()
env.flush_all()
elapsed = time.perf_counter() - started
queries = env.cr.sql_log_count - queries
classes = dict(
    Partner._read_group([("id", "in", customers.ids)], ["value_class"], ["__count"])
)
print(
    f"reclassified {Partner.search_count(Partner._csd_customer_domain())} customers "
    f"in {elapsed:.1f} s with {queries} queries; classes of the new ones: {classes}"
)

env.invalidate_all()
queries = env.cr.sql_log_count
started = time.perf_counter()
Partner._cron_reclassify_customers()
env.flush_all()
print(
    f"rerun (no class change): {time.perf_counter() - started:.1f} s, "
    f"{env.cr.sql_log_count - queries} queries"
)
env.cr.rollback()
