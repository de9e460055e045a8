-- Nuée's rules, written once: every amount, score and rejection the reader sees
-- in Centimes is computed here, from these rules and from what the reader did.
-- `local nuee = require "lib.nuee"` in a chapter file.
--
-- The rule, as Claire states it in ch02.tableau:
--   each task is shown to several contributors; if the share of them who agree
--   reaches the agreement threshold (`seuil d'accord`, v.threshold), the task
--   is validated and the answers in the minority are refused ("Réponse non
--   conforme", unpaid); under the threshold the task goes back to the queue,
--   unpaid for everyone.
--   The reliability score (`score de fiabilité`, v.reliability) is a person's
--   share of accepted answers over their last WINDOW tasks; each lot is open
--   from a fixed score (its bar), so a stricter threshold lowers scores, and
--   lower scores close the better lots.
--
-- Yacine's money is an honest ledger, in centimes. The balance carries from
-- chapter to chapter; the ledger's entries are kept for one work day, opened
-- by open_day() (a chapter sets them before it reads them, so that they never
-- make two of its entry states differ: see "Variables between chapters" in
-- lua/README.md):
--   balance         what the platform's screen shows
--   ledger_opening  the balance when the day was opened
--   earned          every task credited on answering (provisional)
--   unpaid          every credit taken back (refused or sent back to the queue)
--   withdrawn       every withdrawal (only from WITHDRAW_MIN)
--   day_earned      what the work day has earned, net
-- and it must always hold that balance = opening + earned - unpaid - withdrawn,
-- that the balance is never negative, and that no work day closes without
-- earnings. A breach is an error at the writer's line, so `ficelle check`,
-- which plays every branch, fails on it.
local M = {}

M.WITHDRAW_MIN = 2000 -- centimes: money can be withdrawn from 20 € only
M.WINDOW = 100        -- the reliability score counts the last 100 tasks
M.MONDAY_THRESHOLD = 85 -- the threshold in production before ch02's decision

-- Pay per task, by kind (centimes).
M.PAY = { image = 3, text = 2, rank = 8, moderation = 9, survey = 60 }
-- At 95 %, the night before the delivery, Marc raises the image rate (ch04).
M.NIGHT_IMAGE_PAY = 5

-- The lots Yacine sees, each with its kind and its bar (the score from which
-- it is shown to a contributor); `label` is its line in the queue (a literal,
-- so that a translation is kept where the checker's search does not reach).
M.LOTS = {
  [3] = { kind = "image", bar = 70, name = "Scènes de rue", label = "Lot 3 — Scènes de rue" },
  [7] = { kind = "moderation", bar = 70, name = "Modération de textes", label = "Lot 7 — Modération de textes" },
  [9] = { kind = "rank", bar = 85, name = "Assistant conversationnel", label = "Lot 9 — Assistant conversationnel" },
  [12] = { kind = "text", bar = 70, name = "Messages clients", label = "Lot 12 — Messages clients" },
  [14] = { kind = "text", bar = 70, name = "Origine des textes", label = "Lot 14 — Origine des textes" },
  [15] = { kind = "text", bar = 70, name = "Avis en ligne", label = "Lot 15 — Avis en ligne" },
}

---What a task of this lot pays, in centimes.
function M.pay(lot)
  return M.PAY[M.LOTS[lot].kind]
end

---Is this lot open to a contributor with this score?
function M.open(lot, score)
  return score >= M.LOTS[lot].bar
end

-- Last week's tasks on the whole platform, by how far their contributors
-- agreed: `share` is the majority's share of the answers, `weight` the part
-- of the tasks that agreed that much. Claire's simulation (ch02) and the
-- share of Yacine's own tasks that land under a threshold come from here.
M.WEEK = {
  { share = 99, weight = 55 },
  { share = 96, weight = 22 },
  { share = 91, weight = 13 },
  { share = 86, weight = 5 },
  { share = 82, weight = 4 },
  { share = 70, weight = 1 },
}
M.WEEK_PAY = 2.3         -- mean pay of an answer last week, in centimes
M.CHANCE = 0.70          -- how often two answers agree by chance (Halo's measure)
-- Active contributors, by their own minority rate (per cent of their answers)
-- and their exposure (how much more or less than the average they work on
-- the disputed tasks that go back to the queue).
M.CONTRIBUTORS = {
  { minority = 1, exposure = 0.4, count = 2500 }, { minority = 2, exposure = 0.5, count = 2000 },
  { minority = 3, exposure = 0.6, count = 1900 }, { minority = 4, exposure = 1.0, count = 1600 },
  { minority = 6, exposure = 1.0, count = 1300 }, { minority = 8, exposure = 1.2, count = 900 },
  { minority = 10, exposure = 1.2, count = 600 }, { minority = 12, exposure = 1.5, count = 350 },
  { minority = 15, exposure = 1.5, count = 134 }, { minority = 20, exposure = 1.5, count = 100 },
}

---Where one task lands: "accepted", "refused" (in the minority of a validated
---task) or "queue" (under the threshold: back to the queue, unpaid for all).
---@param share integer the majority's share of the answers, in percent
---@param with_majority boolean whether this answer is the majority's
---@param threshold integer the agreement threshold, in percent
function M.judge(share, with_majority, threshold)
  if share < threshold then
    return "queue"
  end
  return with_majority and "accepted" or "refused"
end

---Last week replayed at a threshold: the share of answers left unpaid (in
---per mille), the share of tasks sent back to the queue (per cent), the cost
---per label (thousandths of a euro), Halo's agreement (hundredths) and how
---many contributors would fall under Lot 9's bar.
function M.simulate(threshold)
  local total, unpaid, queued, kept, kept_share = 0, 0, 0, 0, 0
  for _, b in ipairs(M.WEEK) do
    total = total + b.weight
    if b.share < threshold then
      unpaid = unpaid + b.weight * 100
      queued = queued + b.weight
    else
      unpaid = unpaid + b.weight * (100 - b.share)
      kept = kept + b.weight
      kept_share = kept_share + b.weight * b.share
    end
  end
  local unpaid_share = unpaid / (total * 100)         -- 0..1
  local queue_pct = 100 * queued / total
  local agreement = (kept_share / kept / 100 - M.CHANCE) / (1 - M.CHANCE)
  local under = 0
  for _, c in ipairs(M.CONTRIBUTORS) do
    if 100 - c.minority - queue_pct * c.exposure < M.LOTS[9].bar then
      under = under + c.count
    end
  end
  return {
    unpaid = math.floor(unpaid_share * 1000 + 0.5),                      -- ‰
    cost = math.floor(M.WEEK_PAY * (1 - unpaid_share) * 10 + 0.5),       -- thousandths of €
    agreement = math.floor(agreement * 100 + 0.5),                       -- hundredths
    agreement_exact = agreement * 100,
    under = under,
    queue = queue_pct,
  }
end

-- Halo's order and the week of the delivery (ch04). The Intentions lot (what
-- people mean when they talk to an assistant) agrees at 0,81 whatever the
-- threshold: its answers differ because its sentences do. It weighs 15 % of
-- the order. Of the tasks a threshold sends back to the queue, 60 % are not
-- answered again before the deadline.
M.HALO_ORDER = 2400000
M.HALO_MONDAY = 1104000 -- labels delivered by ch02's Monday, ten days before
M.DAWN_SHARE = 4       -- per cent of the active contributors at a task at 6 h 40
M.COST_TARGET = 18      -- the board's cost per label for the quarter (thousandths of €)
M.HALO_AGREEMENT = 90   -- what Halo's contract asks, in hundredths
M.INTENTIONS = {
  agreement = 81, weight = 15,
  sentences = 48000, -- in the lot
  ambiguous = 33,    -- per cent of its sentences with two stable readings
  noisy = 1912,      -- annotators the score calls noisy on the lot
  constant = 1704,   -- of them, those whose departures always go the same way
  without = 91,      -- the lot's agreement once the noisy are removed
  patched = 90,      -- and once Claire's patch weighs their answers down
}
M.REDO_LATE = 60

---The evening before the delivery at a threshold: labels delivered and
---missing, and the order's agreement (hundredths): the week's simulated
---agreement mixed with the Intentions lot's.
function M.delivery(threshold)
  local s = M.simulate(threshold)
  local missing = math.floor(M.HALO_ORDER * s.queue * M.REDO_LATE / 10000 / 1000 + 0.5) * 1000
  local w = M.INTENTIONS.weight
  return {
    missing = missing,
    delivered = M.HALO_ORDER - missing,
    agreement = math.floor((s.agreement_exact * (100 - w) + M.INTENTIONS.agreement * w) / 100 + 0.5),
  }
end

---The number of contributors active last week.
function M.contributors()
  local n = 0
  for _, c in ipairs(M.CONTRIBUTORS) do
    n = n + c.count
  end
  return n
end

---Of n ordinary tasks (in the week's mix) done by someone who answers in the
---minority `minority` times in a hundred, how many are left unpaid at this
---threshold: those sent back to the queue, and those refused.
function M.unpaid_of(n, threshold, minority)
  local queued, total = 0, 0
  for _, b in ipairs(M.WEEK) do
    total = total + b.weight
    if b.share < threshold then
      queued = queued + b.weight
    end
  end
  local q = n * queued // total
  return q + (n - q) * minority // 100, q
end

---Another contributor of Le Comptoir, described by a minority rate and an
---exposure (as in CONTRIBUTORS): of n tasks at this threshold, how many are
---left unpaid, and the score that leaves.
function M.person(minority, exposure, n, threshold)
  local queued, total = 0, 0
  for _, b in ipairs(M.WEEK) do
    total = total + b.weight
    if b.share < threshold then
      queued = queued + b.weight
    end
  end
  local pct = minority + exposure * 100 * queued / total
  return math.floor(n * pct / 100 + 0.5), math.floor(100 - pct + 0.5)
end

-- Mireille_59 and Gégé du 62, as the model sees them.
M.MIREILLE = { minority = 4, exposure = 1.2, tasks = 120 }
M.GEGE = { minority = 5, exposure = 1.0, tasks = 150 }

-- Yacine answers in the minority about twice in a hundred tasks.
M.YACINE_MINORITY = 2

---The reliability score after `answered` new tasks of which `accepted` were
---accepted, from the score `old`: the share of accepted answers over the last
---WINDOW tasks (the ones that leave the window are taken at the old rate).
function M.score_after(old, answered, accepted)
  if answered >= M.WINDOW then
    return (100 * accepted + answered // 2) // answered
  end
  return (old * (M.WINDOW - answered) + 100 * accepted + M.WINDOW // 2) // M.WINDOW
end

-- The ledger -------------------------------------------------------------

local function check(level)
  if v.ledger_opening == false then
    error("ledger: no day is open (settled: open_day() first)", level + 1)
  end
  local expected = v.ledger_opening + v.earned - v.unpaid - v.withdrawn
  if v.balance ~= expected then
    error(("ledger: the balance is %d centimes but its entries add up to %d (opening %d + earned %d"
      .. " - unpaid %d - withdrawn %d): a scene changed v.balance without the ledger")
      :format(v.balance, expected, v.ledger_opening, v.earned, v.unpaid, v.withdrawn), level + 1)
  end
  if v.balance < 0 then
    error(("ledger: the balance is negative (%d centimes)"):format(v.balance), level + 1)
  end
end

local function show()
  bind { balance = v.balance }
end

---Opens a work day and its ledger, from the balance as it stands: call before
---any other of the ledger's functions, at the top of a chapter of Yacine's
---days, or where the money moves in a chapter that spans months (ch08, whose
---paths that never touch the balance then never read it: see "Checking" in
---lua/README.md).
function M.open_day()
  v.ledger_opening = v.balance
  v.earned, v.unpaid, v.withdrawn, v.day_earned = 0, 0, 0, 0
  check(2)
end

---Settles a ledger opened for a payment, not a work day (ch08's months, where
---money moves between seasons): checks it, then clears its entries. What they
---held means nothing once the money has moved, and the paths that moved
---different sums then hold the same state, so that the checker plays what
---follows once, not once for each sum (see "Variables between chapters" in
---lua/README.md). The balance stays; until open_day() opens the ledger again,
---its functions are errors.
function M.settle()
  check(2)
  v.ledger_opening, v.earned, v.unpaid, v.withdrawn, v.day_earned = false, false, false, false, false
end

---Closes the work day: no day of work without earnings.
function M.close_day()
  check(2)
  if v.day_earned <= 0 then
    error(("ledger: a day of work closes with %d centimes earned"):format(v.day_earned), 2)
  end
end

---Credits `count` tasks of a lot at its rate (or at `pay`), as the platform
---does when they are answered; returns the amount.
function M.earn(lot, count, pay)
  local amount = (count or 1) * (pay or M.pay(lot))
  check(2)
  if amount <= 0 then
    error(("ledger: a credit of %d centimes for lot %s (a task must pay something)"):format(amount, tostring(lot)), 2)
  end
  v.balance = v.balance + amount
  v.earned = v.earned + amount
  v.day_earned = v.day_earned + amount
  show()
  return amount
end

---Takes back the pay of `count` tasks of a lot (refused, or sent back to the
---queue); returns the amount.
function M.take_back(lot, count, pay)
  local amount = (count or 1) * (pay or M.pay(lot))
  check(2)
  if amount > v.day_earned then
    error(("ledger: %d centimes taken back from a day that earned %d"):format(amount, v.day_earned), 2)
  end
  v.balance = v.balance - amount
  v.unpaid = v.unpaid + amount
  v.day_earned = v.day_earned - amount
  show()
  return amount
end

---Withdraws `amount` centimes; only from WITHDRAW_MIN.
function M.withdraw(amount)
  check(2)
  if v.balance < M.WITHDRAW_MIN or amount > v.balance then
    error(("ledger: a withdrawal of %d centimes from a balance of %d (the floor is %d)")
      :format(amount, v.balance, M.WITHDRAW_MIN), 2)
  end
  v.balance = v.balance - amount
  v.withdrawn = v.withdrawn + amount
  show()
end

---Sets the score after a batch of tasks and shows it.
function M.score(answered, accepted)
  v.reliability = M.score_after(v.reliability, answered, accepted)
  bind { reliability = v.reliability }
  return v.reliability
end

---Centimes as French money, "0,03 €", for the screen's bindings (a binding
---is translated as a whole: a rate changed here reaches the English catalog
---as a line to review).
function M.fr_euros(c)
  return ("%d,%02d\u{202F}€"):format(c // 100, c % 100)
end

---A whole number with French thousands: 11384 -> "11 384".
function M.fr_int(n)
  local s = tostring(math.floor(n))
  while true do
    local t, k = s:gsub("^(%d+)(%d%d%d)", "%1 %2")
    s = t
    if k == 0 then return s end
  end
end

---Thousandths of a euro as French money: 21 -> "0,021 €".
function M.fr_cost(m)
  return ("%d,%03d\u{202F}€"):format(m // 1000, m % 1000)
end

---Per mille as a French percentage with one decimal: 83 -> "8,3 %".
function M.fr_permille(p)
  return ("%d,%d\u{202F}%%"):format(p // 10, p % 10)
end

---Hundredths as a French decimal: 88 -> "0,88".
function M.fr_hundredths(h)
  return ("%d,%02d"):format(h // 100, h % 100)
end

---The queue of lots shown to a contributor with this score, for the task
---screen's `lots` binding (lua/layouts/platform.lua): each open lot, its pay
---beside it (centimes: the screen writes them as money in the reader's language).
function M.queue(score)
  local q = {}
  for _, lot in ipairs { 3, 7, 9, 12, 14, 15 } do
    if M.open(lot, score) then
      q[#q + 1] = { text = M.LOTS[lot].label, note = M.pay(lot) }
    end
  end
  return q
end

---The bindings of the task screen that come from the rules and the ledger
---(balance, score, the withdraw floor, the queue), with `extra` added:
---layout "platform" (nuee.screen { clock = "6 h 05", notice = "…" }).
function M.screen(extra)
  local b = { balance = v.balance, reliability = v.reliability, withdraw_min = M.WITHDRAW_MIN,
              lots = M.queue(v.reliability) }
  for k, x in pairs(extra or {}) do
    b[k] = x
  end
  return b
end

---The notice line of a lot on the task screen: "Lot 3 — Scènes de rue — 0,03 € la tâche".
function M.notice(lot, pay)
  return ("Lot %d — %s — %s la tâche"):format(lot, M.LOTS[lot].name, M.fr_euros(pay or M.pay(lot)))
end

-- Chapters 5 and 6 ----------------------------------------------------------

-- Claire's stripes (ch04): an item whose majority is under TWO_READINGS per
-- cent has two stable readings. Once the score was corrected (ch04's noise
-- "raised", in the open, or "patched", in silence), both readings of such an
-- item are accepted and paid; left as noise ("ignored"), the rule stays as it
-- was. noise may be false (chapter 4 not played): the rule stays as it was.
M.TWO_READINGS = 90

---Whether the score was corrected after the delivery (ch04's noise).
function M.corrected(noise)
  return noise == "raised" or noise == "patched"
end

---judge(), after the delivery: with the score corrected, an item with two
---readings is accepted whichever way one answered.
function M.judge_after(share, with_majority, threshold, noise)
  if M.corrected(noise) and share < M.TWO_READINGS then
    return "accepted"
  end
  return M.judge(share, with_majority, threshold)
end

---unpaid_of(), after the delivery: of n ordinary tasks, how many are left
---unpaid (sent back to the queue, or refused), and how many of them went
---back to the queue.
function M.unpaid_after(n, threshold, minority, noise)
  if not M.corrected(noise) then
    return M.unpaid_of(n, threshold, minority)
  end
  local queued, two, total = 0, 0, 0
  for _, b in ipairs(M.WEEK) do
    total = total + b.weight
    if b.share < M.TWO_READINGS then
      two = two + b.weight
    elseif b.share < threshold then
      queued = queued + b.weight
    end
  end
  local q, t = n * queued // total, n * two // total
  return q + (n - q - t) * minority // 100, q
end

---A contributor's score after the three weeks between the delivery and ch05:
---the window holds only tasks done under the rule as the office left it.
function M.weeks_score(threshold, noise, minority)
  return M.WINDOW - M.unpaid_after(M.WINDOW, threshold, minority or M.YACINE_MINORITY, noise)
end

-- The night of the delivery, with the noise left as noise, the 1 912
-- "noisy" annotators of the Intentions lot lost NOISY_PENALTY points (ch04).
M.NOISY = 1912
M.NOISY_PENALTY = 6
-- Mireille_59 is one of them: she hears irony everywhere (contributor 20 417).
M.MIREILLE_ID = "20 417"

---Mireille_59's score on the Thursday of ch05.
function M.mireille_score(threshold, noise)
  local m = M.MIREILLE
  local pct = 100 * M.unpaid_after(1000, threshold, m.minority, noise) / 1000
  local score = math.floor(100 - pct + 0.5)
  if noise == "ignored" or not noise then
    score = score - M.NOISY_PENALTY
  end
  return score
end

-- Yacine's working days between the delivery and ch05 (three weeks, then
-- Monday to Wednesday of the fourth), all street scenes.
M.WEEKS, M.WEEK_DAYS, M.DAY_TASKS = 3, 5, 400
M.HOURS_A_DAY = 10

---How many contributors of the week signed the letter (one in ten of those
---the rule hurts: under Lot 9's bar at this threshold, and the noisy ones if
---the noise was left as noise), rounded to the ten.
function M.signatures(threshold, noise)
  local hurt = M.simulate(threshold).under
  if noise == "ignored" or not noise then
    hurt = hurt + M.NOISY
  end
  return hurt // 100 * 10
end

-- Chapter 6: the image category is automated. Halo's model labels street
-- scenes; Nuée keeps a few contributors to check its labels, those at or above
-- CUT_BAR, and deactivates the image accounts under it.
M.CUT_BAR = 90
M.IMAGE_SHARE = 60     -- per cent of the active contributors who work on images
M.MACHINE_COST = 2     -- Halo's model: thousandths of a euro a label, computing included
M.MODEL_AGREEMENT = 93 -- the model's agreement with the contributors' majority, per cent

---Is a contributor with this score on the list?
function M.deactivated(score)
  return score < M.CUT_BAR
end

---The image accounts under the cut's bar, and all the image accounts, as the
---score (after the delivery) leaves the contributors of CONTRIBUTORS.
function M.cut(threshold, noise)
  local under, all = 0, 0
  for _, c in ipairs(M.CONTRIBUTORS) do
    local n = c.count * M.IMAGE_SHARE // 100
    local lost = M.unpaid_after(1000, threshold, c.minority, noise)
    -- the disputed tasks weigh on each as their exposure says
    local score = 100 - (c.minority + (100 * lost / 1000 - c.minority) * c.exposure)
    all = all + n
    if M.deactivated(math.floor(score + 0.5)) then
      under = under + n
    end
  end
  return under, all
end

-- What the cut costs, as Marc counts it (ch06): keeping the image category one
-- more month at the contributors' cost per label instead of the model's, and
-- paying out the balances under the withdrawal floor of the accounts closed.
M.IMAGE_LABELS_MONTH = 1500000 -- street-scene labels a month for Halo
M.STRANDED = 740               -- centimes: mean balance under 20 € of a closed account
M.CLAIRE_MONTH = 4300          -- euros: Claire's net salary a month, as ch02 gives it
M.REVIEWER_YEAR = 52000        -- euros: one person reading disputes full time, all costs

---The month of notice and the payout, in euros, for `under` accounts closed.
function M.notice_cost(threshold, under)
  local month = M.IMAGE_LABELS_MONTH * (M.simulate(threshold).cost - M.MACHINE_COST) // 1000
  return month, under * M.STRANDED // 100
end

-- The evening of the announcement (ch06): some of the accounts closed write
-- through the dispute form, which answers each of them the same way.
M.TICKET_SHARE = 23 -- per cent of the accounts closed who write that evening

---How many messages the dispute form gets the evening `under` accounts close.
function M.tickets(under)
  return under * M.TICKET_SHARE // 100
end

-- Chapters 7 and 8 ---------------------------------------------------------
-- Halo's model now labels street scenes by itself (ch06). What is left for
-- people is Lot 21: checking the model's labels, a centime a check.
M.PAY.check = 1
M.LOTS[21] = { kind = "check", bar = 70, name = "Vérification de labels" }
M.MODEL_ERRORS = 6   -- per cent of the model's labels the checkers find wrong
M.CHECK_SAMPLE = 10  -- per cent of the model's labels a person checks
-- Ruche, another platform (ch07's way "ailleurs"): street scenes at 2 centimes.
M.RUCHE_IMAGE = 2

---Of n checks of the model's labels, how many are refused: the careless
---checker who ticks "correct" everywhere is in the minority on every label
---the model got wrong; the careful one only as often as Yacine ever is.
function M.checks_refused(n, careless)
  if careless then
    return n * M.MODEL_ERRORS // 100
  end
  return n * M.YACINE_MINORITY // 100
end

---A label's cost once the model labels and people only check a sample of
---its labels, in thousandths of a euro (ch04's cost per label is in the same
---unit: nuee.simulate(threshold).cost).
function M.auto_cost()
  return M.PAY.check * M.CHECK_SAMPLE * 10 // 100
end

---Closes an account and pays out its whole balance, whatever the floor (what
---Claire obtained in ch06 with cut_rule "notice"; with "score" only a balance
---from WITHDRAW_MIN is paid); returns the amount.
function M.pay_out()
  check(2)
  local amount = v.balance
  v.balance = 0
  v.withdrawn = v.withdrawn + amount
  show()
  return amount
end

-- Spring (ch08): roadworks paint temporary yellow markings, which the model,
-- trained on winter's white stripes, has never seen. The checkers of Lot 21
-- find it wrong on WORKS_ERRORS per cent of the worksite scenes; Halo wants
-- RECALL of them labelled by people in a week, and Nuée reopens Lot 3 for the
-- image accounts it closed in January.
M.WORKS_ERRORS = 31
M.RECALL = 40000
M.RECALL_DAYS = 7

---The model's labels checked by people in a month.
function M.checked_month()
  return M.IMAGE_LABELS_MONTH * M.CHECK_SAMPLE // 100
end

return M
