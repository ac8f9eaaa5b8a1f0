"""SLA benchmark: csd_complaints against OCA helpdesk_mgmt_sla.

Run from the repository root with the project's Python, after `make test` or
`make run` wrote .csd/odoo.conf:

    .venv/bin/python data/bench_sla.py                      # 100,000 tickets
    .venv/bin/python data/bench_sla.py --tickets 20000 --new 2000 --moves 2000

It creates anew two databases without demo data:
`csd_bench_sla` with csd_complaints and `csd_bench_oca` with helpdesk_mgmt_sla,
puts the same working calendar (9-18 weekdays, public holidays), teams,
categories, customers and a dozen SLA policies in both, loads the background
tickets, then times in each database:

- creating --new tickets (batches of 500, SLA policy matching included),
- moving --moves tickets to another stage (one that pauses the clock),
and, in csd_complaints only (helpdesk_mgmt_sla has no scheduled job), the
warning/breach/escalation sweep over all open tickets: once to catch up, then
again as the scheduler would a few minutes later.
"""

import argparse
import random
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from freezegun import freeze_time

import odoo
from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry
from odoo.tools import config

# A fixed Wednesday afternoon, so that the working-hours arithmetic and the
# share of due targets do not depend on when the benchmark runs.
NOW = datetime(2026, 11, 25, 16, 0)

BATCH = 500
clock = time.perf_counter


def log(msg):
    print(msg, flush=True)


def make_db(conf, db, module):
    subprocess.run(["dropdb", "--if-exists", "--force", db], check=True)
    log(f"creating database {db} with {module} (no demo data)...")
    start = clock()
    subprocess.run(
        [
            str(Path(sys.executable).parent / "odoo"),
            "-c",
            conf,
            "-d",
            db,
            "-i",
            module,
            "--without-demo=all",
            "--stop-after-init",
            "--no-http",
            "--log-level=warn",
        ],
        check=True,
    )
    log(f"  done in {clock() - start:.0f} s")


def fixtures(env, csd):
    """Same calendar, teams, categories, customers and 12 policies in both."""
    calendar = env["resource.calendar"].create(
        {
            "name": "Bench 9-18",
            "tz": "UTC",
            "attendance_ids": [(5, 0, 0)]
            + [
                (
                    0,
                    0,
                    {
                        "name": f"Day {d}",
                        "dayofweek": str(d),
                        "hour_from": 9,
                        "hour_to": 18,
                        "day_period": "morning",
                    },
                )
                for d in range(5)
            ],
        }
    )
    today = NOW.replace(hour=0, minute=0, second=0, microsecond=0)
    env["resource.calendar.leaves"].create(
        [
            {
                "name": f"Holiday {n}",
                "calendar_id": calendar.id,
                "date_from": today + timedelta(days=n * 9 + 5),
                "date_to": today + timedelta(days=n * 9 + 5, hours=23, minutes=59),
            }
            for n in range(-3, 8)
        ]
    )
    teams = env["helpdesk.ticket.team"].create(
        [{"name": f"Team {n}", "resource_calendar_id": calendar.id} for n in range(4)]
    )
    parents = env["helpdesk.ticket.category"].create(
        [{"name": f"Category {n}"} for n in range(3)]
    )
    children = env["helpdesk.ticket.category"].create(
        [
            {"name": f"{p.name}.{n}", "parent_id": p.id}
            for p in parents
            for n in range(2)
        ]
    )
    partners = env["res.partner"].create(
        [{"name": f"Customer {n}", "is_company": True} for n in range(500)]
    )
    if csd:
        partners[:50].write({"is_key_account": True})
        partners[50:150].write({"value_class": "a"})
    stages = {
        x: env.ref(f"helpdesk_mgmt.helpdesk_ticket_stage_{x}")
        for x in ("new", "in_progress", "awaiting", "done")
    }
    if csd:
        env["csd.sla.policy"].search([]).active = False
        steps = [
            (0, 0, {"delay_hours": 0, "notify": "assignee"}),
            (0, 0, {"delay_hours": 4, "notify": "team_leader"}),
            (0, 0, {"delay_hours": 8, "notify": "department_manager"}),
        ]
        conds = [{}] + [{"team_ids": [(6, 0, t.ids)]} for t in teams]
        conds += [
            {"ticket_type": "complaint"},
            {"ticket_type": "complaint", "team_ids": [(6, 0, teams[0].ids)]},
            {"severity": "urgent"},
            {"customer_tier": "key_account"},
            {"category_ids": [(6, 0, parents[0].ids)]},
            {"channel_id_xmlid": "email"},
            {"value_class": "a"},
        ]
        vals = []
        for n, cond in enumerate(conds):
            cond = dict(cond)
            if cond.pop("channel_id_xmlid", None):
                channel = env.ref("helpdesk_mgmt.helpdesk_ticket_channel_email")
                cond["channel_ids"] = [(6, 0, channel.ids)]
            vals.append(
                dict(
                    cond,
                    name=f"Policy {n}",
                    pause_stage_ids=[(6, 0, stages["awaiting"].ids)],
                    target_ids=[
                        (0, 0, {"kind": "first_response", "hours": 2 + n % 6}),
                        (0, 0, {"kind": "resolution", "hours": 16 + 2 * n}),
                    ],
                    escalation_step_ids=steps,
                )
            )
        env["csd.sla.policy"].create(vals)
    else:
        teams.write({"use_sla": True})
        vals = [{"name": "SLA all", "hours": 8}]
        vals += [
            {"name": f"SLA {t.name}", "team_ids": [(6, 0, t.ids)], "hours": 6}
            for t in teams
        ]
        vals += [
            {"name": f"SLA {c.name}", "category_ids": [(6, 0, c.ids)], "hours": 4}
            for c in parents | children[:4]
        ]
        for v in vals:
            v.update(
                stage_id=stages["done"].id,
                ignore_stage_ids=[(6, 0, stages["awaiting"].ids)],
            )
        env["helpdesk.sla"].create(vals)
    env.cr.commit()
    return {
        "teams": teams,
        "categories": parents | children,
        "partners": partners,
        **stages,
    }


def ticket_vals(data, rng, count):
    channels = ["phone", "email", "web", "other"]
    out = []
    for n in range(count):
        out.append(
            {
                "name": f"Bench ticket {n}",
                "description": "<p>Benchmark</p>",
                "team_id": rng.choice(data["teams"]).id,
                "category_id": rng.choice(data["categories"]).id,
                "partner_id": rng.choice(data["partners"]).id,
                "priority": rng.choice("0123"),
                "channel_xmlid": rng.choice(channels),
                "ticket_type": rng.choice(
                    ["complaint", "inquiry", "repair", "suggestion"]
                ),
                "severity": rng.choice(
                    ["minor", "normal", "normal", "major", "urgent"]
                ),
                "stage_id": rng.choice([data["new"], data["in_progress"]]).id,
            }
        )
    return out


def create_tickets(env, vals_list, csd, spread_hours=0.0):
    """Create in batches; csd_management's fields only where installed.
    spread_hours: stamp batches with creation times spread over the past."""
    channels = {
        x: env.ref(f"helpdesk_mgmt.helpdesk_ticket_channel_{x}").id
        for x in ("phone", "email", "web", "other")
    }
    Ticket = env["helpdesk.ticket"].with_context(
        tracking_disable=True, mail_create_nolog=True, mail_create_nosubscribe=True
    )
    ids = []
    now = datetime.now()  # frozen
    batches = range(0, len(vals_list), BATCH)
    for index, start in enumerate(batches):
        batch = []
        for vals in vals_list[start : start + BATCH]:
            vals = dict(vals, channel_id=channels[vals["channel_xmlid"]])
            del vals["channel_xmlid"]
            if not csd:
                vals.pop("ticket_type")
                vals.pop("severity")
            batch.append(vals)
        env.cr._now = now - timedelta(hours=spread_hours * (1 - index / len(batches)))
        ids += Ticket.create(batch).ids
        env.cr.commit()
    return env["helpdesk.ticket"].browse(ids)


def answered(env, tickets):
    """Most open tickets were answered already: mark 95 % of the background
    tickets' first responses met, so the sweep meets a realistic mix."""
    env.cr.execute("SELECT setseed(0.42)")
    env.cr.execute(
        """UPDATE csd_ticket_sla SET state = 'met', met_count = 1, compliance = 100,
               done_date = start_date + interval '1 hour', elapsed_hours = 1
            WHERE kind = 'first_response' AND ticket_id = ANY(%s)
              AND random() < 0.95""",
        [tickets.ids],
    )
    env.cr.commit()


def timed_hooks(registry, csd):
    """Add up the time spent in each module's own SLA code, apart from what
    helpdesk_mgmt and mail do for any ticket (numbering, stages, followers)."""
    spent = {"create": 0.0, "move": 0.0}
    if csd:
        hooks = [
            ("helpdesk.ticket", "_csd_sla_match", "create"),
            ("helpdesk.ticket", "_csd_sla_stage_changed", "move"),
        ]
    else:
        hooks = [
            ("helpdesk.ticket", "set_sla", "create"),
            ("helpdesk.ticket.sla", "_stage_recompute", "move"),
        ]
    for model, method, key in hooks:
        cls = registry[model]
        original = getattr(cls, method)

        def wrapper(self, *args, _original=original, _key=key, **kwargs):
            start = clock()
            try:
                result = _original(self, *args, **kwargs)
                # what the ORM computes later (helpdesk_mgmt_sla's stored
                # deadlines) is SLA work too
                self.env.flush_all()
                return result
            finally:
                spent[_key] += clock() - start

        setattr(cls, method, wrapper)
    return spent


def sla_off(env, data, csd, off):
    """Switch SLA off (all policies archived / teams without SLA) or on.
    helpdesk_mgmt_sla's background tickets are loaded without SLA: at its speed
    loading them would take hours, and the sweep does not apply to it."""
    if csd:
        env["csd.sla.policy"].with_context(active_test=False).search(
            [("name", "=like", "Policy %")]
        ).active = not off
    else:
        data["teams"].use_sla = not off
    env.cr.commit()


def move_tickets(env, tickets, stage):
    tickets = tickets.with_context(tracking_disable=True)
    for start in range(0, len(tickets), BATCH):
        tickets[start : start + BATCH].write({"stage_id": stage.id})
        env.cr.commit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-c", "--config", default=".csd/odoo.conf")
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=10_000)
    parser.add_argument("--moves", type=int, default=10_000)
    parser.add_argument("--csd-db", default="csd_bench_sla")
    parser.add_argument("--oca-db", default="csd_bench_oca")
    parser.add_argument("--skip-oca", action="store_true")
    args = parser.parse_args()
    with freeze_time(NOW, tick=True):
        run(args)


def run(args):
    config.parse_config(["-c", args.config, "--log-level=warn"])
    make_db(args.config, args.csd_db, "csd_complaints")
    if not args.skip_oca:
        make_db(args.config, args.oca_db, "helpdesk_mgmt_sla")
    background = args.tickets - args.new
    results = {}
    for name, db, csd in (
        ("csd_complaints", args.csd_db, True),
        ("helpdesk_mgmt_sla", args.oca_db, False),
    ):
        if not csd and args.skip_oca:
            continue
        log(f"\n== {name} ({db}) ==")
        registry = Registry(db)
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            data = fixtures(env, csd)
            rng = random.Random(42)
            back_vals = ticket_vals(data, rng, background)
            new_vals = ticket_vals(data, rng, args.new)
            sla_off(env, data, csd, not csd)
            start = clock()
            back = create_tickets(env, back_vals, csd, spread_hours=6)
            load = clock() - start
            log(f"load {background} background tickets: {load:.1f} s")
            if csd:
                answered(env, back)
            sla_off(env, data, csd, False)
            hooks = timed_hooks(registry, csd)
            start = clock()
            tickets = create_tickets(env, new_vals, csd)
            created = clock() - start
            log(f"create {args.new} tickets with SLA matching: {created:.1f} s")
            start = clock()
            move_tickets(env, tickets[: args.moves], data["awaiting"])
            moved = clock() - start
            log(f"move {args.moves} tickets to a pause stage: {moved:.1f} s")
            results[name] = {
                "create": created,
                "move": moved,
                "create_sla": hooks["create"],
                "move_sla": hooks["move"],
            }
            log(
                f"  of which in the SLA code: create {hooks['create']:.2f} s,"
                f" move {hooks['move']:.2f} s"
            )
            sla_model = "csd.ticket.sla" if csd else "helpdesk.ticket.sla"
            cr.execute(f"SELECT count(*) FROM {sla_model.replace('.', '_')}")  # noqa: S608
            log(f"SLA rows: {cr.fetchone()[0]}")
            if csd:
                open_count = env["helpdesk.ticket"].search_count(
                    [("stage_id.closed", "=", False)]
                )
                Line = env["csd.ticket.sla"]
                for label in ("catch-up", "next run"):
                    warned_before = Line.search_count([("warning_sent", "=", True)])
                    before = dict(Line._read_group([], ["state"], ["__count"]))
                    escalations = env["csd.ticket.sla.escalation"].search_count([])
                    start = clock()
                    Line._cron_sweep()
                    env.cr.commit()
                    took = clock() - start
                    after = dict(Line._read_group([], ["state"], ["__count"]))
                    warned = (
                        Line.search_count([("warning_sent", "=", True)]) - warned_before
                    )
                    breached = after.get("breached", 0) - before.get("breached", 0)
                    escalated = (
                        env["csd.ticket.sla.escalation"].search_count([]) - escalations
                    )
                    log(
                        f"sweep ({label}) over {open_count} open tickets: {took:.1f} s;"
                        f" {warned} warnings, {breached} breaches,"
                        f" {escalated} escalation steps"
                    )
                results[name]["sweep"] = took
    if len(results) == 2:
        csd, oca = results["csd_complaints"], results["helpdesk_mgmt_sla"]
        log("\n== helpdesk_mgmt_sla / csd_complaints ==")
        for key in ("create", "move"):
            ratio = oca[key] / csd[key]
            log(f"{key}: {oca[key]:.1f} s / {csd[key]:.1f} s = {ratio:.1f}x faster")
            sla = key + "_sla"
            ratio = oca[sla] / csd[sla]
            log(
                f"  time in the SLA code alone:"
                f" {oca[sla]:.2f} s / {csd[sla]:.2f} s = {ratio:.1f}x faster"
            )


if __name__ == "__main__":
    odoo.netsvc.init_logger()
    main()
