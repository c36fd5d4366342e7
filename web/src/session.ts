import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useNavigate, useOutletContext } from "react-router";
import { api, type Me, type Project, unwrap } from "./api/client.js";
import type { Role } from "./lib/consent.js";

export const meQueryKey = ["me"] as const;

/** The logged-in member and their projects; an unknown session leads to the login screen. */
export function useMe() {
  const navigate = useNavigate();
  const query = useQuery({
    queryKey: meQueryKey,
    queryFn: () => unwrap<Me>(api.GET("/api/me")),
    retry: false,
  });
  useEffect(() => {
    const toLogin = () => navigate("/login", { replace: true });
    window.addEventListener("assent:unauthenticated", toLogin);
    return () => window.removeEventListener("assent:unauthenticated", toLogin);
  }, [navigate]);
  useEffect(() => {
    if (query.error) navigate("/login", { replace: true });
  }, [query.error, navigate]);
  return query;
}

/** What every screen of a project knows: the project, and the member's role in it. */
export type ProjectContext = { project: Project; role: Role; me: Me };

export function useProject(): ProjectContext {
  return useOutletContext<ProjectContext>();
}
