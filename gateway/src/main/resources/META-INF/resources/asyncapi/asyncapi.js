// Renders the gateway's AsyncAPI documents (/asyncapi/events, /asyncapi/webhooks): channels, their messages, each
// message's headers and payload as tables of fields (references resolved), and its example. No framework.
"use strict";

const which = new URLSearchParams(location.search).get("document") === "webhooks" ? "webhooks" : "events";

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach((child) => node.append(child));
  return node;
}

function resolve(doc, schema) {
  let seen = 0;
  while (schema && schema.$ref && seen++ < 20) {
    schema = schema.$ref.replace(/^#\//, "").split("/").reduce((node, key) => node && node[key], doc);
  }
  return schema || {};
}

/** What a schema is, in a few words: "string (uuid)", "Money", "array of BookingSnapshot", "one of …". */
function describe(doc, schema) {
  if (schema.$ref) {
    return schema.$ref.split("/").pop();
  }
  if (schema.const !== undefined) {
    return JSON.stringify(schema.const);
  }
  if (schema.enum) {
    return "one of " + schema.enum.join(", ");
  }
  if (schema.oneOf) {
    return schema.oneOf.map((branch) => describe(doc, branch)).join(" or ");
  }
  if (schema.type === "array") {
    return "array of " + describe(doc, schema.items || {});
  }
  return (schema.type || "any") + (schema.format ? " (" + schema.format + ")" : "")
      + (schema.pattern ? " matching " + schema.pattern : "");
}

/** The fields of an object schema, nested records as indented rows, each record once. */
function fields(doc, schema, depth, shown) {
  const object = resolve(doc, schema);
  const required = new Set(object.required || []);
  const rows = [];
  Object.entries(object.properties || {}).forEach(([name, property]) => {
    rows.push(element("tr", {},
        element("td", { class: "name depth-" + depth }, name),
        element("td", {}, describe(doc, property)),
        element("td", {}, required.has(name) ? "required" : "optional"),
        element("td", {}, property.description || "")));
    const inner = property.$ref ? property : (property.oneOf || []).find((branch) => branch.$ref);
    if (inner && !shown.has(inner.$ref) && depth < 4) {
      rows.push(...fields(doc, inner, depth + 1, new Set([...shown, inner.$ref])));
    }
  });
  return rows;
}

function table(doc, schema) {
  return element("table", {},
      element("tr", {}, element("th", {}, "field"), element("th", {}, "type"), element("th", {}, "presence"),
          element("th", {}, "notes")),
      fields(doc, schema, 0, new Set()));
}

function render(doc) {
  document.getElementById("title").textContent = doc.info.title;
  document.getElementById("description").textContent = doc.info.description;
  document.getElementById("raw").setAttribute("href", which);
  document.getElementById("show-" + which).classList.add("current");
  const servers = document.getElementById("servers");
  Object.entries(doc.servers || {}).forEach(([name, server]) => servers.append(
      element("p", {}, element("strong", {}, name + ": "), server.protocol + "://" + server.host
          + (server.pathname || "") + " — " + (server.description || ""))));
  const channels = document.getElementById("channels");
  Object.entries(doc.channels).forEach(([id, channel]) => {
    const section = element("section", { class: "channel", id: "channel-" + id },
        element("h2", {}, channel.address), element("p", {}, channel.description || ""));
    Object.values(channel.messages).forEach((reference) => {
      const message = resolve(doc, reference);
      const example = (message.examples || [])[0];
      section.append(element("details", { class: "message", "data-type": message.name },
          element("summary", {}, message.title, element("span", { class: "type" }, message.name)),
          element("h3", {}, "Headers"), table(doc, message.headers),
          element("h3", {}, "Payload"), table(doc, message.payload),
          example ? [element("h3", {}, "Example"), element("pre", {}, JSON.stringify(example.payload, null, 2))] : []));
    });
    channels.append(section);
  });
  document.body.setAttribute("data-messages", String(document.querySelectorAll(".message").length));
  document.body.setAttribute("data-ready", "true");
}

fetch(which, { headers: { Accept: "application/json" } })
    .then((answer) => answer.ok ? answer.json() : Promise.reject(new Error(answer.status + " " + answer.statusText)))
    .then(render)
    .catch((failure) => {
      document.getElementById("description").textContent = "The document could not be read: " + failure.message;
      document.body.setAttribute("data-ready", "error");
    });
