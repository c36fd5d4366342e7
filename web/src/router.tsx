import { createBrowserRouter, Navigate } from "react-router";
import { ProjectLayout } from "./components/project-layout.js";
import { ConsentRequestPage } from "./pages/consent-request/index.js";
import { ConsentRequestsPage } from "./pages/consent-requests/index.js";
import { EventsPage } from "./pages/events/index.js";
import { LoginPage } from "./pages/login/index.js";
import { ProjectsPage } from "./pages/projects/index.js";
import { SubscriptionPage } from "./pages/subscription/index.js";
import { SubscriptionsPage } from "./pages/subscriptions/index.js";

/** One route per screen; the overview (charts) and settings load on demand. */
export const router = createBrowserRouter([
  { path: "/", element: <Navigate to="/projects" replace /> },
  { path: "/login", element: <LoginPage /> },
  { path: "/projects", element: <ProjectsPage /> },
  {
    path: "/projects/:projectId",
    element: <ProjectLayout />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import("./pages/overview/index.js")).OverviewPage }),
      },
      { path: "subscriptions", element: <SubscriptionsPage /> },
      { path: "subscriptions/:subscriptionId", element: <SubscriptionPage /> },
      { path: "consent-requests", element: <ConsentRequestsPage /> },
      { path: "consent-requests/:consentRequestId", element: <ConsentRequestPage /> },
      { path: "events", element: <EventsPage /> },
      {
        path: "settings",
        lazy: async () => ({ Component: (await import("./pages/settings/index.js")).SettingsPage }),
      },
    ],
  },
  { path: "*", element: <Navigate to="/projects" replace /> },
]);
