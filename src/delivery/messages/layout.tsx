import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { render } from "@react-email/render";
import { escapeHtml } from "../html.js";

/**
 * The two email layouts, as react-email components. Each is rendered once per process with a
 * placeholder in every slot, and each message fills the slots with its escaped text: rendering
 * React for every message would cost more than sending it.
 */

const slot = (name: string) => `%%${name}%%`;

const styles = {
  body: { backgroundColor: "#f4f5f7", fontFamily: "Helvetica, Arial, sans-serif", margin: 0 },
  container: {
    backgroundColor: "#ffffff",
    margin: "24px auto",
    padding: "24px",
    maxWidth: "520px",
    borderRadius: "8px",
  },
  brand: { fontSize: "14px", fontWeight: 700, color: "#4b5563", margin: "0 0 8px" },
  heading: { fontSize: "22px", lineHeight: "28px", color: "#111827", margin: "0 0 16px" },
  text: { fontSize: "16px", lineHeight: "24px", color: "#111827" },
  button: {
    backgroundColor: "#1d4ed8",
    color: "#ffffff",
    fontSize: "16px",
    fontWeight: 700,
    padding: "12px 24px",
    borderRadius: "6px",
    textDecoration: "none",
  },
  small: { fontSize: "14px", lineHeight: "20px", color: "#374151" },
  link: { color: "#1d4ed8", wordBreak: "break-all" as const },
  footer: { fontSize: "12px", lineHeight: "18px", color: "#6b7280" },
};

function Letter({ withAction }: { withAction: boolean }) {
  return (
    <Html lang={slot("lang")}>
      <Head />
      <Preview>{slot("heading")}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{slot("brand")}</Text>
          <Heading as="h1" style={styles.heading}>
            {slot("heading")}
          </Heading>
          <Text style={styles.text}>{slot("greeting")}</Text>
          <Text style={styles.text}>{slot("intro")}</Text>
          {withAction ? (
            <>
              <Text style={styles.text}>{slot("detail")}</Text>
              <Section style={{ margin: "24px 0" }}>
                <Button href={slot("link")} style={styles.button}>
                  {slot("review")}
                </Button>
              </Section>
              <Text style={styles.small}>
                {slot("linkIntro")}
                <br />
                <Link href={slot("link")} style={styles.link}>
                  {slot("link")}
                </Link>
              </Text>
              <Text style={styles.text}>{slot("validity")}</Text>
            </>
          ) : null}
          <Hr />
          <Text style={styles.small}>{slot("notYou")}</Text>
          <Text style={styles.footer}>{slot("footer")}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export type LetterKind = "consent" | "notice";

export type LetterSlots = {
  lang: string;
  brand: string;
  heading: string;
  greeting: string;
  intro: string;
  notYou: string;
  footer: string;
};

/** The consent letter's call to action: the Review button, the link in plain text, the validity. */
export type ActionSlots = {
  detail: string;
  review: string;
  link: string;
  linkIntro: string;
  validity: string;
};

const rendered = new Map<LetterKind, Promise<string>>();

function template(kind: LetterKind): Promise<string> {
  let html = rendered.get(kind);
  if (!html) {
    html = render(<Letter withAction={kind === "consent"} />);
    rendered.set(kind, html);
  }
  return html;
}

/** The email's HTML: the layout with every slot replaced, in one pass, by its escaped text. */
export function renderLetter(kind: "consent", slots: LetterSlots & ActionSlots): Promise<string>;
export function renderLetter(kind: "notice", slots: LetterSlots): Promise<string>;
export async function renderLetter(kind: LetterKind, slots: LetterSlots): Promise<string> {
  const values: Record<string, string> = slots;
  return (await template(kind)).replace(/%%([a-zA-Z]+)%%/g, (placeholder, name: string) =>
    name in values ? escapeHtml(values[name] as string) : placeholder,
  );
}
