from .sla_clock import SlaClock
