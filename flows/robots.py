"""robots.txt: fetched once per host and run, obeyed for every other request.

A missing robots.txt (404/410) allows everything. One that cannot be fetched at all
(5xx or network failure after retries) disallows everything for the run, as RFC 9309
asks: silence from the server is not permission.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from flows.http import FetchClient, FetchResult


@dataclass
class HostRules:
    parser: RobotFileParser | None   # None = no robots.txt: allow all
    crawl_delay: float = 0.0
    unreachable: str | None = None   # the error when robots.txt could not be fetched

    def allows(self, user_agent: str, url: str) -> bool:
        if self.unreachable:
            return False
        return self.parser is None or self.parser.can_fetch(user_agent, url)


def parse_robots(text: str, user_agent: str) -> HostRules:
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    delay = parser.crawl_delay(user_agent)
    rate = parser.request_rate(user_agent)
    seconds = float(delay or 0)
    if rate and rate.requests:
        seconds = max(seconds, rate.seconds / rate.requests)
    return HostRules(parser=parser, crawl_delay=seconds)


def rules_from_result(result: FetchResult, user_agent: str) -> HostRules:
    final = result.final
    if final is None:
        return HostRules(parser=None, unreachable=result.error or "no response")
    if final.status == 200:
        body = final.decoded_body(1024 * 1024)
        return parse_robots(body.decode("utf-8", errors="replace"), user_agent)
    # 404/410 and other "not there" answers: no rules.
    return HostRules(parser=None)


class Robots:
    """robots.txt rules per host, fetched lazily through the crawl's client."""

    def __init__(self, client: FetchClient, on_fetch=None):
        self.client = client
        self.on_fetch = on_fetch   # called with each robots.txt FetchResult (the crawl archives it)
        self._rules: dict[str, HostRules] = {}

    def rules(self, url: str) -> HostRules:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._rules:
            result = self.client.fetch(f"{key}/robots.txt")
            if self.on_fetch:
                self.on_fetch(result)
            rules = rules_from_result(result, self.client.options.user_agent)
            self._rules[key] = rules
            if rules.crawl_delay:
                self.client.host_delay[parts.netloc] = rules.crawl_delay
        return self._rules[key]

    def allowed(self, url: str) -> bool:
        return self.rules(url).allows(self.client.options.user_agent, url)
