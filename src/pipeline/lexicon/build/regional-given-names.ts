/**
 * Given names common in South and Central Asia, Iran, Afghanistan, Turkey and the Arab world that the
 * compromise lexicon does not list, in the Latin spellings news copy uses. Only names that are not also
 * English words, surnames alone or the names of places, parties and buildings (Iqbal,
 * Faisal and Liaquat name parks, towns and mosques as often as people). Read by build-words.ts into `../words.json`.
 */
export const regionalMaleNames = `
  aamir abbas abdul abdullah abid adeel adil adnan afzal ahsan aijaz ajmal akbar akhtar akmal aleem
  altaf amjad anwar arif arshad asad asghar asif aslam ataullah atif azhar babar bakhtiar bashir bilal
  bilawal dawood ehsan farhan farooq fawad fazal ghulam habib hafeez hamid hamza haroon hasan hashim
  humayun ibrahim iftikhar ijaz ilyas imran inayat irfan ishaq ismail jahangir jalal jamal jamil javed
  junaid kamal kamran karim khalid khurram khursheed mahmood majid maqbool masood mehmood mohsin
  muhammed mujeeb mukhtar munir murad mustafa nadeem naeem najam nasir naveed nawaz nazir nisar noman
  obaid omer owais pervaiz pervez qaiser qamar qasim rafiq rahim rahman raheel rashid rauf rehman riaz
  rizwan saad sadiq saeed safdar sajid sajjad salman saqib sarfraz shahbaz shahid shahzad shakeel
  shams shaukat shehbaz shehzad shoaib sohail tahir talal tanvir tariq tauqeer umar usman waheed wajid
  waqar waseem yasir younis yousaf yusuf zafar zahid zaheer zubair zulfiqar ahmad ahmed ashraf hamed
  hossein jafar javad mahdi majeed masoud mehdi mohammad mojtaba morteza reza saber saeid hassan
  hussein khaled mansour marwan nabil omar osama qais sami tamim walid yahya hakan mevlut recep
  selahattin tayyip kemal ersin alisher askar bakhyt dauren ermek kassym rustam shavkat timur ulugbek
  zhaksylyk rahul amit anil arvind ashok narendra nitin pranab rajnath sanjay shashi sitaram sunil
  vijay manmohan abhishek akhilesh arun devendra gautam hemant jyotiraditya ravi sharad mujibur ziaur
  tarique obaidul asaduzzaman ranil mahinda gotabaya anura sajith pushpa hamdullah zabihullah
  sirajuddin haibatullah amrullah
`
export const regionalFemaleNames = `
  aasia afshan aisha aiza alia amina anam aneela asma ayesha azra bushra farhana farida fauzia fehmida
  fouzia ghazala hina huma humaira iqra kiran lubna madiha maleeha maria marvi maryam mehreen mehwish
  mishal nadia naheed najma nasreen nazia nighat nilofar noor nusrat rabia rashida rehana rubina sadia
  saima sajida sakina samina sana sanam saira sameena shabana shagufta shazia shehla shireen shirin
  sidra sobia sonia sumaira tahira tasneem uzma yasmeen yasmin zahra zainab zarina zehra zeba zubaida
  fatemeh masoumeh narges zohreh leyla reem rania hanan huda layla lina mona nour rasha salma suha
  dana dilnoza gulnara saule aigerim nazira priyanka smriti mamata nirmala sushma pratibha indira
  hasina khaleda mahira
`
