import { Link, Navigate } from "react-router";
import { Loading } from "../../components/ui.js";
import { t } from "../../i18n/index.js";
import { useMe } from "../../session.js";

/** A member of several projects picks one; a member of one goes straight to it. */
export function ProjectsPage() {
  const me = useMe();
  if (!me.data) return <Loading />;
  const [only] = me.data.projects;
  if (me.data.projects.length === 1 && only)
    return <Navigate to={`/projects/${only.id}`} replace />;
  return (
    <main className="mx-auto mt-16 max-w-md p-4">
      <h1 className="mb-4 text-2xl font-semibold">{t("projects.title")}</h1>
      {me.data.projects.length === 0 && <p>{t("projects.none")}</p>}
      <ul className="flex flex-col gap-2">
        {me.data.projects.map((project) => (
          <li key={project.id}>
            <Link
              to={`/projects/${project.id}`}
              className="block rounded-md border border-slate-300 bg-white p-3 hover:bg-slate-100"
            >
              <span className="font-medium">{project.name}</span>
              <span className="block text-sm text-slate-700">
                {t("projects.role", { role: t(`role.${project.role}`) })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
