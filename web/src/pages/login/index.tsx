import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { api, rememberCsrfToken, unwrap } from "../../api/client.js";
import { Button, ErrorText, inputClass } from "../../components/ui.js";
import { t } from "../../i18n/index.js";
import { meQueryKey } from "../../session.js";

/** D1: email and password against the session API; the CSRF value is kept for later calls. */
export function LoginPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const login = useMutation({
    mutationFn: () => unwrap(api.POST("/api/session", { body: { email, password } })),
    onSuccess: async (session) => {
      rememberCsrfToken(session.csrfToken);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      navigate("/projects", { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <main className="mx-auto mt-16 max-w-sm p-4">
      <h1 className="mb-6 text-2xl font-semibold">{t("login.title")}</h1>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("login.email")}
          <input
            className={inputClass}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("login.password")}
          <input
            className={inputClass}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <ErrorText error={login.error} />
        <Button type="submit" variant="primary" disabled={login.isPending}>
          {login.isPending ? t("login.working") : t("login.submit")}
        </Button>
      </form>
    </main>
  );
}
