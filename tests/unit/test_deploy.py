"""What ops get, checked without Docker: compose file, Dockerfile, dashboard, alert rules.

There is no Docker engine here, so ``docker-compose.yml`` is validated by structure: images
pinned, KRaft settings consistent, ports and volumes that exist, every command one that the
image really has (``wirewatch`` verbs parsed by the real CLI parser), and the wiring between
Prometheus, the workers and Grafana. ``docker compose config`` also runs where the client has
the compose plugin. The dashboard JSON must equal what ``deploy/grafana/build_dashboard.py``
builds, and reference only metrics that the worker registers. ``promtool check``/``test``
run the alert rules and their unit tests (fail in CI if promtool is missing).
"""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from tests.harness import missing_outside_ci
from wirewatch.cli import _parser
from wirewatch.settings import Settings
from wirewatch.stream.admin import topic_layout
from wirewatch.stream.app import new_registry
from wirewatch.stream.metrics import Metrics

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
COMPOSE = REPO / "docker-compose.yml"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "wirewatch.json"
RULES = sorted((DEPLOY / "prometheus" / "rules").glob("*.yml"))
RULE_TESTS = sorted((DEPLOY / "prometheus" / "tests").glob("*.yml"))


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return load_yaml(COMPOSE)


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    return compose["services"]


def build_dashboard_module() -> Any:
    spec = importlib.util.spec_from_file_location("build_dashboard",
                                                  DEPLOY / "grafana" / "build_dashboard.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def promtool() -> str:
    found = shutil.which("promtool")
    if found:
        return found
    message = "promtool missing: run `bash scripts/install-prometheus.sh` as root (`make test` does)"
    missing_outside_ci(message)


def bind_mounts(service: dict[str, Any]) -> dict[str, Path]:
    """Container path -> repository path, for the service's bind mounts."""
    mounts = {}
    for volume in service.get("volumes", []):
        source, target = volume.split(":")[:2]
        if source.startswith("."):
            mounts[target] = (REPO / source).resolve()
    return mounts


# -- docker-compose.yml -----------------------------------------------------------------------

def test_compose_file_matches_the_compose_specification(compose: dict[str, Any]) -> None:
    """The Compose Specification's own JSON Schema (vendored: deploy/schemas/README.md)."""
    import jsonschema

    schema = json.loads((DEPLOY / "schemas" / "compose-spec.schema.json").read_text("utf-8"))
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}"
              for e in jsonschema.Draft7Validator(schema).iter_errors(compose)]
    assert errors == []
    docker = shutil.which("docker")  # where a compose client exists (not on CI), it agrees too
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True,
                                 timeout=20).returncode == 0:
        done = subprocess.run([docker, "compose", "-f", str(COMPOSE), "config", "--quiet"],
                              capture_output=True, text=True, timeout=60, cwd=REPO)
        assert done.returncode == 0, done.stderr


def test_services_and_pinned_images(services: dict[str, Any]) -> None:
    assert set(services) == {"kafka", "topics", "worker", "producer", "prometheus", "grafana"}
    assert services["kafka"]["image"].startswith("apache/kafka:")  # the official Apache image
    assert services["prometheus"]["image"].startswith("prom/prometheus:v")
    assert services["grafana"]["image"].startswith("grafana/grafana:")
    for name, service in services.items():
        image = service.get("image", "")
        assert image or service.get("build"), name
        assert ":" in image and not image.endswith(":latest"), f"{name}: pin the image tag"
    assert "zookeeper" not in yaml.safe_dump(services).lower()  # KRaft only


def test_kafka_runs_in_kraft_mode(services: dict[str, Any]) -> None:
    env = services["kafka"]["environment"]
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    voter_id, voter = env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split("@")
    assert voter_id == env["KAFKA_NODE_ID"]
    controller_port = voter.rsplit(":", 1)[1]
    listeners = dict(item.split("://") for item in env["KAFKA_LISTENERS"].split(","))
    assert listeners[env["KAFKA_CONTROLLER_LISTENER_NAMES"]] == f":{controller_port}"
    protocols = dict(item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"]
                     .split(","))
    assert set(listeners) == set(protocols)
    advertised = dict(item.split("://") for item in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    assert advertised[env["KAFKA_INTER_BROKER_LISTENER_NAME"]] == "kafka:9092"
    assert len(base64.urlsafe_b64decode(env["CLUSTER_ID"] + "==")) == 16  # a KRaft cluster id


def test_topics_job_creates_every_topic_with_its_partitions(services: dict[str, Any]) -> None:
    topics = services["topics"]
    assert topics["depends_on"]["kafka"]["condition"] == "service_healthy"
    script = "\n".join(topics["command"])
    created = dict(re.findall(r"^\s*create (\S+) (\d+)$", script, flags=re.MULTILINE))
    expected = {name: str(n) for name, n in topic_layout(Settings(partitions=6)).items()}
    assert created == expected
    assert "/opt/kafka/bin/kafka-topics.sh" in script and "--if-not-exists" in script


def test_wirewatch_services_run_real_cli_verbs(services: dict[str, Any]) -> None:
    parser = _parser()
    for name in ("worker", "producer"):
        command = services[name]["command"]
        assert command[0] == "wirewatch", name
        args = parser.parse_args(command[1:])  # exits (fails the test) on an unknown verb
        assert getattr(args, "handler", None), name
    assert services["producer"]["command"][1:] == ["publish", "--samples"]
    assert services["producer"]["restart"] == "no"


def test_worker_scales_and_is_wired_to_kafka_and_prometheus(services: dict[str, Any]) -> None:
    worker = services["worker"]
    assert "container_name" not in worker and "ports" not in worker  # --scale worker=N
    env = worker["environment"]
    assert env["WIREWATCH_BROKER_URL"] == "kafka://kafka:9092"
    assert env["WIREWATCH_METRICS_HOST"] == "0.0.0.0"
    assert env["WIREWATCH_METRICS_PORT"] in worker["expose"]
    assert worker["build"]["context"] == "."
    assert (REPO / worker["build"]["dockerfile"]).is_file()
    config = load_yaml(DEPLOY / "prometheus" / "prometheus.yml")
    job = next(j for j in config["scrape_configs"] if j["job_name"] == "wirewatch")
    (discovery,) = job["dns_sd_configs"]
    assert discovery["names"] == ["worker"] and discovery["type"] == "A"
    assert str(discovery["port"]) == env["WIREWATCH_METRICS_PORT"]


def test_host_ports_are_unique_and_on_loopback(services: dict[str, Any]) -> None:
    seen = []
    for name, service in services.items():
        for port in service.get("ports", []):
            host, host_port, _ = port.split(":")
            assert host == "127.0.0.1", f"{name}: {port}"
            seen.append(host_port)
    assert len(seen) == len(set(seen)) == 3


def test_volumes_exist_and_are_declared(compose: dict[str, Any],
                                        services: dict[str, Any]) -> None:
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (REPO / source).exists(), f"{name}: {source} missing"
            else:
                assert source in (compose.get("volumes") or {}), f"{name}: {source} undeclared"


def test_prometheus_gets_the_project_config_and_rules(services: dict[str, Any]) -> None:
    prometheus = services["prometheus"]
    mounts = bind_mounts(prometheus)
    flags = dict(arg.lstrip("-").split("=", 1) for arg in prometheus["command"] if "=" in arg)
    config_in_container = Path(flags["config.file"])
    host_dir = mounts[str(config_in_container.parent)]
    assert (host_dir / config_in_container.name) == DEPLOY / "prometheus" / "prometheus.yml"
    config = load_yaml(host_dir / config_in_container.name)
    for pattern in config["rule_files"]:
        assert sorted(host_dir.glob(pattern)) == RULES


def test_grafana_provisioning_matches_mounts_and_services(services: dict[str, Any]) -> None:
    grafana = services["grafana"]
    mounts = bind_mounts(grafana)
    provisioning = mounts["/etc/grafana/provisioning"]
    (datasource,) = load_yaml(provisioning / "datasources" / "prometheus.yml")["datasources"]
    assert datasource["url"] == "http://prometheus:9090" and "prometheus" in services
    (provider,) = load_yaml(provisioning / "dashboards" / "wirewatch.yml")["providers"]
    dashboards = mounts[provider["options"]["path"]]
    assert dashboards == DASHBOARD.parent
    home = Path(grafana["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"])
    assert (mounts[str(home.parent)] / home.name) == DASHBOARD
    assert build_dashboard_module().DEFAULT_DATASOURCE_UID == datasource["uid"]


def test_dollar_signs_are_escaped_for_compose_interpolation() -> None:
    """``$x`` in a compose file is replaced by the host's variable; shell needs ``$$x``."""
    text = COMPOSE.read_text(encoding="utf-8")
    unescaped = re.findall(r"(?<!\$)\$(?!\$)(?!\{[A-Z_]+:-[^}]*\})\S*", text.replace("$$", ""))
    assert unescaped == []


def test_dockerfile_copies_what_exists_and_runs_the_worker() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    for line in dockerfile.splitlines():
        if line.startswith("COPY") and "--from=" not in line:
            for source in line.split()[1:-1]:
                assert (REPO / source).exists(), f"COPY source {source} missing"
    assert 'CMD ["wirewatch", "worker"]' in dockerfile
    assert "EXPOSE 9464" in dockerfile
    assert all(image.startswith("python:3.11") for image in re.findall(r"^FROM (\S+)",
                                                                         dockerfile, re.M))
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8").split()
    assert {"!pyproject.toml", "!README.md", "!services/"} <= set(ignore)


# -- the dashboard --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def test_committed_dashboard_is_what_the_builder_builds() -> None:
    assert DASHBOARD.read_text(encoding="utf-8") == build_dashboard_module().render(), (
        "run: .venv/bin/python deploy/grafana/build_dashboard.py")


def test_dashboard_rows_and_layout(dashboard: dict[str, Any]) -> None:
    panels = dashboard["panels"]
    assert [p["title"] for p in panels if p["type"] == "row"] == [
        "Flow", "Latency", "Quality", "Workers"]
    assert len({p["id"] for p in panels}) == len(panels)
    cells: set[tuple[int, int]] = set()
    for panel in panels:
        grid = panel["gridPos"]
        assert grid["x"] + grid["w"] <= 24, panel["title"]
        mine = {(x, y) for x in range(grid["x"], grid["x"] + grid["w"])
                for y in range(grid["y"], grid["y"] + grid["h"])}
        assert not cells & mine, f"{panel['title']} overlaps another panel"
        cells |= mine


def test_every_panel_has_queries_on_the_datasource_variable(dashboard: dict[str, Any]) -> None:
    for panel in dashboard["panels"]:
        if panel["type"] == "row":
            continue
        assert panel["targets"], panel["title"]
        assert panel["datasource"]["uid"] == "${datasource}"
        for target in panel["targets"]:
            assert target["expr"].strip() and target["datasource"]["uid"] == "${datasource}"
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert variables["datasource"]["query"] == "prometheus"


def registered_metric_names() -> set[str]:
    """Every sample name a worker exports (process collector included)."""
    registry: CollectorRegistry = new_registry()
    Metrics(registry, stages=["a_stage"])
    names = set()
    for family in registry.collect():
        names.add(family.name)
        names.update(sample.name for sample in family.samples)
        if family.type == "histogram":  # buckets exist once observed; name them anyway
            names.update(f"{family.name}_{suffix}" for suffix in ("bucket", "sum", "count"))
        if family.type == "counter":
            names.add(f"{family.name}_total")
    return names


def metric_names_in(expr: str) -> set[str]:
    return set(re.findall(r"\b((?:wirewatch|process)_[a-z_]+)\b", expr))


def test_dashboard_and_rules_use_only_metrics_the_worker_exports(
        dashboard: dict[str, Any]) -> None:
    exported = registered_metric_names()
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    exprs += [rule["expr"] for path in RULES for group in load_yaml(path)["groups"]
              for rule in group["rules"]]
    used = set().union(*(metric_names_in(e) for e in exprs))
    assert used and used <= exported, sorted(used - exported)


def test_dashboard_shows_every_project_metric(dashboard: dict[str, Any]) -> None:
    """Every wirewatch_* metric has a panel (a metric nobody can see is not monitored)."""
    exprs = " ".join(t["expr"] for p in dashboard["panels"] for t in p.get("targets", []))
    registry = CollectorRegistry()
    Metrics(registry)
    families = {family.name for family in registry.collect()}
    unseen = {name for name in families if name not in exprs}
    assert unseen == set()


# -- alert rules: promtool --------------------------------------------------------------------

def test_promtool_check_rules() -> None:
    done = subprocess.run([promtool(), "check", "rules", *map(str, RULES)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_promtool_rule_unit_tests() -> None:
    done = subprocess.run([promtool(), "test", "rules", *map(str, RULE_TESTS)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_promtool_check_config() -> None:
    done = subprocess.run([promtool(), "check", "config",
                           str(DEPLOY / "prometheus" / "prometheus.yml")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_alert_has_a_rule_test_and_a_runbook_entry() -> None:
    alerts = {rule["alert"] for path in RULES for group in load_yaml(path)["groups"]
              for rule in group["rules"] if "alert" in rule}
    tested = {case["alertname"] for path in RULE_TESTS for test in load_yaml(path)["tests"]
              for case in test.get("alert_rule_test", []) if case.get("exp_alerts")}
    assert tested == alerts, f"never shown firing: {sorted(alerts - tested)}"
    operating = (DEPLOY / "OPERATING.md").read_text(encoding="utf-8")
    for rule in (r for path in RULES for g in load_yaml(path)["groups"] for r in g["rules"]):
        anchor = rule["annotations"]["runbook"].split("#", 1)[1]
        assert f"### {rule['alert']}" in operating and anchor == rule["alert"].lower()


def test_local_prometheus_config_differs_only_by_its_static_target() -> None:
    docker = load_yaml(DEPLOY / "prometheus" / "prometheus.yml")
    local = load_yaml(DEPLOY / "prometheus" / "prometheus-local.yml")
    for config in (docker, local):
        job = next(j for j in config["scrape_configs"] if j["job_name"] == "wirewatch")
        job.pop("dns_sd_configs", None)
        job.pop("static_configs", None)
    assert docker == local
    done = subprocess.run([promtool(), "check", "config",
                           str(DEPLOY / "prometheus" / "prometheus-local.yml")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_install_script_is_valid_bash_and_idempotent_by_design() -> None:
    script = REPO / "scripts" / "install-prometheus.sh"
    done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = script.read_text(encoding="utf-8")
    assert "command -v prometheus" in text and "command -v promtool" in text  # skips when present
    assert "apt-get install" in text and "apt-get update" in text
