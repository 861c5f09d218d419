#!/usr/bin/env python3
"""Writes samples/2025-07-21-compute-check-ep14.vtt from the turns below.

The episode is invented for claimgraph's tests (see samples/README.md): two
fictional speakers talk about real companies and deals. Times grow with the
words said (about 2.6 words a second, plus short pauses), so the cue times
are those of a plausible recording.
"""
import os
import sys
N = "Nadia Brooks"
O = "Owen Takeda"
turns = [
 (N, "Welcome back to Compute Check. I'm Nadia Brooks, and with me as always is Owen Takeda, who reads supply chain reports so the rest of us don't have to."),
 (O, "Happy to be here. It's been a wild few weeks, honestly."),
 (N, "It really has. So let's start with the big one. Meta and Scale AI. Meta basically bought Scale AI, right? Fourteen billion dollars for forty-nine percent."),
 (O, "Yeah. I mean, on paper it's an investment. Meta invested in Scale AI and took a minority stake, no voting control. But in practice, Meta acquired Scale AI's leadership. Meta hired Alexandr Wang, and he's running the new superintelligence lab."),
 (N, "And the customers noticed."),
 (O, "Oh, immediately. Google was the biggest customer of Scale AI, and the reports say Google is pulling back. OpenAI too. Nobody wants to send their training data to a company that Meta half owns."),
 (N, "So is Scale AI cooked? That's the word going around."),
 (O, "I don't think Scale AI is cooked. I think the data labeling business gets smaller, but the government work is still there. People overreact."),
 (N, "Okay, I'll push back a little there, but let's keep moving. Why did Meta need to do this at all? They have the GPUs."),
 (O, "They have more compute than almost anyone. The problem was Llama 4. Meta released Llama 4 in April, and the reception was rough. Honestly, DeepSeek outperforms Llama 4 on most of the reasoning stuff people care about."),
 (N, "And Behemoth?"),
 (O, "Meta delayed Behemoth. The reports say the big model just wasn't better enough to justify shipping it. So you can read the whole hiring spree as a reset."),
 (N, "The hiring spree being the nine-figure offers."),
 (O, "Right. Meta tried to hire researchers from OpenAI with packages that sound made up. Some of them said yes. And Meta tried to acquire Safe Superintelligence before any of this, according to the reporting. That didn't happen."),
 (N, "Meta did not buy Safe Superintelligence."),
 (O, "No, Meta didn't acquire Safe Superintelligence. They went after people instead."),
 (N, "Let's talk about OpenAI and Microsoft, because that relationship is getting strange."),
 (O, "It is. Microsoft invested in OpenAI, what, thirteen billion over the years? And Microsoft still supplies most of OpenAI's compute through Azure. But OpenAI wants to convert into a for-profit company, and Microsoft has to sign off."),
 (N, "There's been talk that it could end up in court."),
 (O, "I really doubt it. Microsoft isn't going to sue OpenAI. They both lose too much. I think they settle on some revenue share and move on."),
 (N, "Meanwhile OpenAI is spreading its bets on compute."),
 (O, "Stargate, yeah. OpenAI partnered with Oracle and SoftBank on Stargate. Oracle supplies OpenAI with a huge amount of capacity out of the Abilene site. And CoreWeave supplies OpenAI too, that deal was signed in the spring."),
 (N, "Is Oracle better at this than Microsoft?"),
 (O, "For building fast, honestly yes. Oracle is ahead of Microsoft on getting these giant clusters stood up. Microsoft got cautious about data center leases earlier in the year."),
 (N, "Okay. Chips. Everyone wants to know about AMD."),
 (O, "So this is where I'm a bit of a contrarian. I think the MI355 beats Blackwell on inference cost for a lot of workloads. Per dollar, AMD outperforms Blackwell right now."),
 (N, "That's a hot take. Most people say NVIDIA is way ahead."),
 (O, "On training, sure. NVIDIA is better than AMD on training and on the software. CUDA is still the moat. But inference is where the money is going, and AMD competes with NVIDIA there for real."),
 (N, "Who's actually buying AMD?"),
 (O, "Meta uses AMD for a lot of Llama inference. Oracle is buying big AMD clusters. Microsoft uses AMD too, in Azure."),
 (N, "And Apple? On the last episode of another show I heard someone say Apple doesn't buy NVIDIA at all."),
 (O, "That used to be true. The relationship was famously bad. But now I've heard Apple is buying NVIDIA servers, something like a billion dollars of GB300 systems. So Apple uses NVIDIA now, at least for training."),
 (N, "Because Apple Intelligence is behind."),
 (O, "Apple delayed the new Siri. That's not a secret, they said it themselves. And Apple is talking to OpenAI and Anthropic about powering it. Apple might partner with Anthropic, I think that's the more likely one."),
 (N, "Interesting. Let's do models. Grok 4 came out."),
 (O, "xAI released Grok 4 a couple of weeks ago, and the benchmarks are genuinely strong. On the hardest reasoning evals Grok 4 beats Gemini 2.5 Pro."),
 (N, "I've been using both, and for my daily stuff Gemini is better than Grok. Gemini is faster and it doesn't go off the rails."),
 (O, "That's fair. Benchmarks aren't everything. And the launch had its problems, the mess with its replies the week before."),
 (N, "Right. And xAI is burning money."),
 (O, "xAI raised another ten billion, half debt. They're building Colossus 2 in Memphis. NVIDIA supplies xAI with basically everything in there."),
 (N, "What about DeepSeek? Quiet lately."),
 (O, "DeepSeek is quiet, but I'd watch them. They trained R1 on a budget everyone laughed at and then nobody was laughing. There are reports DeepSeek delayed R2 because of chip access."),
 (N, "Because of export controls."),
 (O, "Yeah. NVIDIA can sell the H20 in China again, that was just announced. But the uncertainty already cost them. Huawei competes with NVIDIA in China now, and the Ascend chips are getting decent."),
 (N, "Let me ask the superintelligence question. Who gets there first?"),
 (O, "Ha. I'll say OpenAI is still ahead of Meta. Money can buy people, but it can't buy a research culture in a month."),
 (N, "You don't think Meta outperforms OpenAI in a year?"),
 (O, "Maybe in two. Not in one. Google is the one I'd actually bet on, to be honest. Google DeepMind competes with OpenAI on everything and they have the TPUs."),
 (N, "Google doesn't need NVIDIA as much."),
 (O, "Right, Google uses TPUs for most of its own training. They still buy NVIDIA for cloud customers, but the internal stuff is TPU."),
 (N, "Last one. Anthropic."),
 (O, "Anthropic released Claude 4 in May and it's the best coding model I've used. Amazon invested in Anthropic, Google invested in Anthropic, and Anthropic uses Amazon's Trainium chips for a big chunk of training."),
 (N, "So Claude outperforms GPT for code?"),
 (O, "For code, Claude 4 beats o3 for me. For research questions, I still go to o3."),
 (N, "Good place to stop. Owen, thanks as always."),
 (O, "Thanks, Nadia."),
]
def clock(t):
    h, r = divmod(int(t * 1000), 3600000)
    m, r = divmod(r, 60000)
    s, ms = divmod(r, 1000)
    return f"{h:02}:{m:02}:{s:02}.{ms:03}"
out = ["WEBVTT - Compute Check, episode 14: Meta's Scale deal, Grok 4, and who really needs NVIDIA", "",
       "NOTE Invented for claimgraph's tests: the speakers and this conversation are",
       "NOTE fictional, not a real episode (see samples/README.md).", ""]
t = 2.0
cue = 1
for speaker, text in turns:
    # Long turns become several cues of the same voice, a sentence or two each.
    sentences = []
    for part in text.replace("? ", "?|").replace(". ", ".|").replace("! ", "!|").split("|"):
        if sentences and len((sentences[-1] + " " + part).split()) <= 22:
            sentences[-1] += " " + part
        else:
            sentences.append(part)
    for s in sentences:
        d = len(s.split()) / 2.6 + 0.4
        out += [str(cue), f"{clock(t)} --> {clock(t + d)}", f"<v {speaker}>{s}", ""]
        cue += 1
        t += d + 0.3
    t += 0.6
path = os.path.join(os.path.dirname(__file__), "..", "samples",
                    "2025-07-21-compute-check-ep14.vtt")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out))
