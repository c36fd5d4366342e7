import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { consentStatuses } from "../../domain/consent-rules.js";
import type { Deps } from "../../services/deps.js";
import { deliveryMethod, errors, projectParams, time } from "../schemas.js";

const dayMs = 86_400_000;
// A literal, not a parameter: SQLite binds numbers as reals, and the day must be an integer division.
const dayDivisor = sql.lit(dayMs);

const outcomeCounts = Object.fromEntries(
  consentStatuses.map((status) => [status, z.number().int()]),
) as Record<(typeof consentStatuses)[number], z.ZodNumber>;

const statsSchema = z.object({
  object: z.literal("consentRequestStats"),
  from: time,
  to: time,
  days: z.array(
    z.object({
      date: z.string().describe("UTC day, YYYY-MM-DD"),
      ...outcomeCounts,
      medianDecisionSeconds: z
        .number()
        .nullable()
        .describe("median time from sending to the user's decision of the day's requests"),
    }),
  ),
  byDeliveryMethod: z.array(
    z.object({
      deliveryMethod,
      total: z.number().int(),
      approved: z.number().int(),
      declined: z.number().int(),
      expired: z.number().int(),
    }),
  ),
  medianDecisionSeconds: z.number().nullable(),
});

/** A pending request past its validity reads as expired (C3), in figures as everywhere. */
const outcome = (now: number) =>
  sql<string>`case when status = 'pending' and expires_at <= ${now} then 'expired' else status end`;

/** When the user could first act (sent, or created when the Outbox kept it) and when they did. */
const decisionMs = sql<number>`coalesce(approved_at, declined_at) - coalesce(sent_at, created_at)`;

/**
 * Figures for the dashboard's overview (§4): requests of the last days by outcome, the share of
 * outcomes per delivery method, and the median time to a decision, all counted by the database.
 */
export function statsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/projects/:projectId/stats/consentRequests",
      {
        schema: {
          operationId: "getConsentRequestStats",
          tags: ["stats"],
          summary: "Consent request figures per day",
          description:
            "Requests created in the last `days` UTC days (today included) by current outcome, outcome shares per delivery method, and the median time from sending to decision.",
          params: projectParams,
          querystring: z.strictObject({
            days: z.coerce.number().int().min(1).max(90).default(30),
          }),
          response: { 200: statsSchema, ...errors() },
        },
      },
      async (request) => {
        const { projectId } = request.principal;
        const now = deps.clock.now();
        const today = Math.floor(now / dayMs);
        const firstDay = today - request.query.days + 1;
        const from = firstDay * dayMs;

        const perDay = await sql<{ day: number | string; outcome: string; n: number | string }>`
          select created_at / ${dayDivisor} as day, ${outcome(now)} as outcome, count(*) as n
          from consent_requests
          where project_id = ${projectId} and created_at >= ${from}
          group by 1, 2`.execute(deps.db);

        const medians = await sql<{ day: number | string; ms: number | string }>`
          with decided as (
            select created_at / ${dayDivisor} as day, ${decisionMs} as ms
            from consent_requests
            where project_id = ${projectId} and created_at >= ${from}
              and coalesce(approved_at, declined_at) is not null
          ), ranked as (
            select day, ms,
              row_number() over (partition by day order by ms) as rn,
              count(*) over (partition by day) as n
            from decided
          )
          select day, avg(ms) as ms from ranked
          where rn in ((n + 1) / 2, (n + 2) / 2)
          group by day`.execute(deps.db);

        const overall = await sql<{ ms: number | string | null }>`
          with decided as (
            select ${decisionMs} as ms
            from consent_requests
            where project_id = ${projectId} and created_at >= ${from}
              and coalesce(approved_at, declined_at) is not null
          ), ranked as (
            select ms, row_number() over (order by ms) as rn, count(*) over () as n from decided
          )
          select avg(ms) as ms from ranked where rn in ((n + 1) / 2, (n + 2) / 2)`.execute(deps.db);

        const methods = await sql<{
          method: "email" | "sms";
          total: number | string;
          approved: number | string;
          declined: number | string;
          expired: number | string;
        }>`
          select delivery_method as method, count(*) as total,
            sum(case when approved_at is not null then 1 else 0 end) as approved,
            sum(case when declined_at is not null then 1 else 0 end) as declined,
            sum(case when ${outcome(now)} = 'expired' then 1 else 0 end) as expired
          from consent_requests
          where project_id = ${projectId} and created_at >= ${from}
          group by delivery_method
          order by delivery_method`.execute(deps.db);

        const days = Array.from({ length: request.query.days }, (_, i) => {
          const day = firstDay + i;
          const counts = Object.fromEntries(consentStatuses.map((s) => [s, 0])) as Record<
            (typeof consentStatuses)[number],
            number
          >;
          for (const row of perDay.rows) {
            if (Number(row.day) === day && row.outcome in counts) {
              counts[row.outcome as keyof typeof counts] += Number(row.n);
            }
          }
          const median = medians.rows.find((row) => Number(row.day) === day);
          return {
            date: new Date(day * dayMs).toISOString().slice(0, 10),
            ...counts,
            medianDecisionSeconds: median ? Math.round(Number(median.ms) / 1000) : null,
          };
        });
        const overallMs = overall.rows[0]?.ms;
        return {
          object: "consentRequestStats" as const,
          from: new Date(from).toISOString(),
          to: new Date(now).toISOString(),
          days,
          byDeliveryMethod: methods.rows.map((row) => ({
            deliveryMethod: row.method,
            total: Number(row.total),
            approved: Number(row.approved),
            declined: Number(row.declined),
            expired: Number(row.expired),
          })),
          medianDecisionSeconds:
            overallMs === null || overallMs === undefined
              ? null
              : Math.round(Number(overallMs) / 1000),
        };
      },
    );
  };
}
