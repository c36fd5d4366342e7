import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, NavLink, Outlet, useNavigate, useParams } from "react-router";
import { api, type Project, rememberCsrfToken, unwrap } from "../api/client.js";
import { t } from "../i18n/index.js";
import type { Role } from "../lib/consent.js";
import { useMe } from "../session.js";
import { Button, ErrorText, Loading } from "./ui.js";

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `block rounded-md px-3 py-2 text-sm font-medium ${isActive ? "bg-blue-700 text-white" : "text-slate-800 hover:bg-slate-200"}`;

/** The frame of every project screen: navigation by role, the project's name, logging out. */
export function ProjectLayout() {
  const { projectId = "" } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const membership = me.data?.projects.find((p) => p.id === projectId);
  const project = useQuery({
    queryKey: ["project", projectId],
    queryFn: () =>
      unwrap<Project>(api.GET("/api/projects/{projectId}", { params: { path: { projectId } } })),
    enabled: !!membership,
  });
  // Dashboard logins are members; only API keys have the simSwapCheck role.
  const role: Role | undefined =
    membership && membership.role !== "simSwapCheck" ? membership.role : undefined;
  const outbox = useQuery({
    queryKey: ["outbox", projectId],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/outbox", {
          params: { path: { projectId }, query: { limit: 1 } },
        }),
      ),
    enabled: role === "owner",
    retry: false,
  });

  if (me.isPending) return <Loading />;
  if (!me.data) return null;
  if (!membership) {
    return (
      <main className="p-8">
        <p role="alert">{t("projects.none")}</p>
        <Link className="text-blue-800 underline" to="/projects">
          {t("projects.title")}
        </Link>
      </main>
    );
  }

  const logOut = async () => {
    await api.DELETE("/api/session");
    rememberCsrfToken(null);
    queryClient.clear();
    navigate("/login", { replace: true });
  };
  const base = `/projects/${projectId}`;
  const outboxInUse = role === "owner" && (outbox.data?.items.length ?? 0) > 0;

  return (
    <div className="flex min-h-screen flex-col lg:flex-row">
      <a href="#content" className="sr-only focus:not-sr-only focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white p-3 lg:w-56 lg:border-r lg:border-b-0">
        <p className="mb-1 text-lg font-bold">{t("app.name")}</p>
        <p className="mb-3 text-sm text-slate-700">
          <Link to="/projects" className="underline">
            {project.data?.name ?? membership.name}
          </Link>
        </p>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-1 lg:flex-col">
            <li>
              <NavLink end to={base} className={linkClass}>
                {t("nav.overview")}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/subscriptions`} className={linkClass}>
                {t("nav.subscriptions")}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/consent-requests`} className={linkClass}>
                {t("nav.consentRequests")}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/events`} className={linkClass}>
                {t("nav.events")}
              </NavLink>
            </li>
            {role === "owner" && (
              <li>
                <NavLink to={`${base}/settings`} className={linkClass}>
                  {t("nav.settings")}
                </NavLink>
              </li>
            )}
            {outboxInUse && (
              <li>
                <a href="/outbox" className={linkClass({ isActive: false })}>
                  {t("nav.outbox")}
                </a>
              </li>
            )}
          </ul>
        </nav>
        <div className="mt-4 text-xs text-slate-700">
          <p className="mb-2 break-all">
            {t("nav.signedInAs", {
              email: me.data.email ?? me.data.name,
              role: t(`role.${membership.role}`),
            })}
          </p>
          <Button onClick={logOut}>{t("nav.logOut")}</Button>
        </div>
      </header>
      <main id="content" className="min-w-0 flex-1 p-4 lg:p-6">
        {project.error && <ErrorText error={project.error} />}
        {project.data && role ? (
          <Outlet context={{ project: project.data, role, me: me.data }} />
        ) : (
          !project.error && <Loading />
        )}
      </main>
    </div>
  );
}
